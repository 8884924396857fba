package com.revealsync.schedule;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code schedules}: lists the schedules with their next fire time; {@code schedules run NAME} runs one now. */
@Command(name = "schedules", mixinStandardHelpOptions = true, subcommands = SchedulesCommand.Run.class,
        description = "Lists the schedules of the schedules folder with their next fire time and last run.")
public final class SchedulesCommand implements Callable<Integer> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Option(names = "--dir", paramLabel = "DIR", description = "The schedules folder (default: reveal-sync.schedules.dir, "
            + "i.e. schedules/).")
    Path dir;

    @Spec
    CommandSpec spec;

    private final ScheduleLoader loader;
    private final ScheduleHistory history;
    private final ScheduledJobs jobs;
    private final ScheduleProperties properties;

    public SchedulesCommand(ScheduleLoader loader, ScheduleHistory history, ScheduledJobs jobs,
                            ScheduleProperties properties) {
        this.loader = loader;
        this.history = history;
        this.jobs = jobs;
        this.properties = properties;
    }

    @Override
    public Integer call() {
        List<Schedule> schedules = loader.load(dir == null ? properties.dir() : dir);
        Map<String, ScheduleHistory.LastRun> last = history.lastRuns();
        var out = spec.commandLine().getOut();
        if (schedules.isEmpty()) {
            out.println("no schedules in " + (dir == null ? properties.dir() : dir));
        }
        Instant now = Instant.now();
        for (Schedule schedule : schedules) {
            String next = !schedule.enabled() ? "disabled" : schedule.nextFireTime(now)
                    .map(t -> "next " + ZonedDateTime.ofInstant(t, schedule.zone()).format(TIME)).orElse("never again");
            out.printf("%-24s %-16s %-22s %-18s %s%s%n", schedule.name(), schedule.job(), "'" + schedule.cron() + "'",
                    schedule.zone().getId(), next, jobs.isInstalled(schedule.job()) ? "" : "  (job not installed)");
            ScheduleHistory.LastRun run = last.get(schedule.name());
            if (run != null) {
                out.printf("%-24s last %s: %s on %s%n", "", run.fireTime(), run.status() == null ? "RUNNING" : run.status(),
                        run.instanceId());
            }
        }
        out.flush();
        return 0;
    }

    /** {@code schedules run NAME}: runs one schedule's job now, in this process, and waits for it. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs one schedule's job now, in this process, and exits with the job's exit code.")
    static final class Run implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "The schedule's name.")
        String name;

        @picocli.CommandLine.ParentCommand
        SchedulesCommand parent;

        private final ScheduleExecution execution;
        private final RunningJobs running;

        Run(ScheduleExecution execution, RunningJobs running) {
            this.execution = execution;
            this.running = running;
        }

        @Override
        public Integer call() throws Exception {
            Path folder = parent.dir == null ? parent.properties.dir() : parent.dir;
            Schedule schedule = parent.loader.load(folder).stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new com.revealsync.cli.UserError("no schedule named '" + name + "' in " + folder));
            running.runningOn(schedule.job()).ifPresent(instance -> {
                throw new com.revealsync.cli.UserError("job " + schedule.job() + " is running now on " + instance
                        + "; run it again once that run has finished");
            });
            RunResult result = execution.execute(schedule.name(), schedule.job(), schedule.parameters(),
                    ScheduleHistory.Kind.MANUAL, Instant.now(), "manual@" + InetAddress.getLocalHost().getHostName());
            var out = parent.spec.commandLine().getOut();
            out.println(schedule.name() + ": " + result.status() + ": " + result.summary());
            if (result.report() != null) {
                out.println("  report: " + result.report().toAbsolutePath().normalize());
            }
            out.flush();
            return result.status().exitCode();
        }
    }
}
