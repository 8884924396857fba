package com.revealsync.schedule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: runs the schedules until stopped (Ctrl-C, SIGTERM). Several {@code serve}
 * processes may share one database: Quartz's clustered JDBC store fires each trigger on one of
 * them only.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the schedules of the schedules folder with Quartz until stopped. Several serve processes "
                + "on one database fire each schedule once between them.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--dir", paramLabel = "DIR", description = "The schedules folder (default: reveal-sync.schedules.dir, "
            + "i.e. schedules/).")
    Path dir;

    private final ScheduleLoader loader;
    private final ScheduleRegistrar registrar;
    private final Scheduler scheduler;
    private final ScheduleProperties properties;
    private final ConfigurableApplicationContext context;
    private final CountDownLatch stopped = new CountDownLatch(1);

    public ServeCommand(ScheduleLoader loader, ScheduleRegistrar registrar, Scheduler scheduler,
                        ScheduleProperties properties, ConfigurableApplicationContext context) {
        this.context = context;
        this.loader = loader;
        this.registrar = registrar;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = dir == null ? properties.dir() : dir;
        List<Schedule> schedules = loader.load(folder);
        registrar.register(schedules);
        // On shutdown (SIGTERM, Ctrl-C) Spring closes the context, which stops Quartz after the
        // running jobs finish; then this command returns.
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> stopped.countDown());
        scheduler.start();
        LOG.info("serving {} schedule(s) from {} as Quartz instance {}", schedules.size(), folder,
                scheduler.getSchedulerInstanceId());
        Instant now = Instant.now();
        for (Schedule schedule : schedules) {
            LOG.info("  {} ({}): {}", schedule.name(), schedule.job(), !schedule.enabled() ? "disabled"
                    : schedule.nextFireTime(now).map(t -> "next " + ZonedDateTime.ofInstant(t, schedule.zone())
                            .format(SchedulesCommand.TIME)).orElse("never again"));
        }
        stopped.await();
        return 0;
    }
}
