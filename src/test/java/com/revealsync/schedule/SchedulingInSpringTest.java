package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.SpringCommandFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The schedules inside the real application context: Spring Boot's Quartz with the JDBC store of
 * application.yml (on an in-memory H2 here), the commands, and two stand-in jobs for the
 * pipeline's jobs (a sync that produces a run, a long job).
 */
@SpringBootTest
@DirtiesContext
class SchedulingInSpringTest {

    private static final Path WORK = tempDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:scheduling-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        registry.add("reveal-sync.schedules.reports-dir", () -> WORK.resolve("reports").toString());
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    Scheduler scheduler;
    @Autowired
    ScheduleRegistrar registrar;
    @Autowired
    ClusterLock lock;
    @Autowired
    DataSource dataSource;
    @Autowired
    StandInSync sync;
    @Autowired
    BlockingBackfill backfill;

    @BeforeEach
    void freshStandIns() {
        backfill.reset();
    }

    @AfterEach
    void stopScheduling() throws Exception {
        backfill.release().countDown();
        scheduler.standby();
        scheduler.clear();
    }

    @Test
    void commandsOtherThanServeLeaveTheSchedulerStopped() throws Exception {
        assertThat(scheduler.isStarted()).isFalse();
        assertThat(scheduler.isInStandbyMode()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).isEqualTo("LocalDataSourceJobStore");
    }

    @Test
    void schedulesListsEachScheduleWithItsNextFireTime() throws Exception {
        Path dir = schedules("list", Map.of("nightly.yml", "name: nightly\njob: standInSync\ncron: \"0 0 2 * * ?\"\n"
                + "timeZone: Europe/London\n", "weekly.yml", "name: weekly\njob: errorReport\ncron: \"0 0 7 ? * MON\"\n"));

        Command result = command("schedules", "--dir", dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("nightly +standInSync +'0 0 2 \\* \\* \\?' +Europe/London +next "
                + "\\d{4}-\\d\\d-\\d\\d 02:00 (GMT|BST)");
        assertThat(result.out()).containsPattern("weekly +errorReport +'0 0 7 \\? \\* MON' +UTC +next ");
    }

    @Test
    void schedulesRunRunsTheJobNowAndWritesTheReportOfTheRunItProduced() throws Exception {
        Path dir = schedules("run", Map.of("nightly.yml", "name: nightly\njob: standInSync\ncron: \"0 0 2 * * ?\"\n"
                + "parameters:\n  input: inbox/\n"));
        int before = sync.calls.get();

        Command result = command("schedules", "--dir", dir.toString(), "run", "nightly");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(sync.calls.get()).isEqualTo(before + 1);
        assertThat(sync.lastParameters).isEqualTo(Map.of("input", "inbox/"));
        Path report = WORK.resolve("reports").resolve("run-" + sync.lastRunId).resolve("report.html");
        assertThat(report).exists();
        assertThat(WORK.resolve("reports").resolve("run-" + sync.lastRunId).resolve("errors.csv")).content()
                .contains("REQUIRED_FIELD_MISSING");
        assertThat(result.out()).contains("nightly: ROWS_NOT_EXPORTED").contains(report.toString());
        assertThat(jdbc().queryForMap("SELECT trigger_kind, status, run_id, report_path FROM schedule_run"
                + " WHERE schedule_name = 'nightly' ORDER BY id DESC LIMIT 1"))
                .containsEntry("TRIGGER_KIND", "MANUAL").containsEntry("STATUS", "ROWS_NOT_EXPORTED")
                .containsEntry("RUN_ID", sync.lastRunId).containsEntry("REPORT_PATH", report.toString());
    }

    @Test
    void theReportCommandWritesTheThreeFilesOfARun() throws Exception {
        long runId = sync.run(Map.of()).runId();
        Path out = WORK.resolve("report-" + runId);

        Command result = command("report", "--run", Long.toString(runId), "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("report of run " + runId + ": 1 rows, 1 did not go, 0 warning(s)")
                .contains(out.resolve("report.html").toString());
        assertThat(out.resolve("errors.csv")).exists();
        assertThat(out.resolve("warnings.csv")).exists();
        Command none = command("report", "--out", out.toString());
        assertThat(none.exitCode()).as(none.err()).isEqualTo(2);
        assertThat(command("report", "--run", "1", "--last", "--out", out.toString()).exitCode()).isEqualTo(2);
        Command missing = command("report", "--run", "424242", "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("error: run 424242 does not exist");
    }

    @Test
    void anUnknownScheduleIsAUsageError() throws Exception {
        Path dir = schedules("unknown", Map.of("a.yml", "name: a\njob: errorReport\ncron: \"0 0 7 ? * MON\"\n"));

        Command result = command("schedules", "--dir", dir.toString(), "run", "b");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no schedule named 'b'");
    }

    @Test
    void twoRunsOfOneJobNeverOverlap() throws Exception {
        List<Schedule> schedules = List.of(
                new Schedule("backfill-a", "standInBackfill", "* * * * * ?", ZoneOffset.UTC, Map.of(), true, "test"),
                new Schedule("backfill-b", "standInBackfill", "* * * * * ?", ZoneOffset.UTC, Map.of(), true, "test"));
        registrar.register(schedules);

        scheduler.start();

        assertThat(backfill.started().await(30, TimeUnit.SECONDS)).as("a backfill started").isTrue();
        waitUntil(() -> state("backfill-a") == Trigger.TriggerState.BLOCKED
                && state("backfill-b") == Trigger.TriggerState.BLOCKED);
        assertThat(backfill.running.get()).isEqualTo(1);
        Path dir = schedules("overlap", Map.of("b.yml", "name: backfill-now\njob: standInBackfill\ncron: \"0 0 3 * * ?\"\n"));
        Command manual = command("schedules", "--dir", dir.toString(), "run", "backfill-now");
        assertThat(manual.exitCode()).isEqualTo(2);
        assertThat(manual.err()).contains("job standInBackfill is running now on " + scheduler.getSchedulerInstanceId());
        scheduler.standby();
        backfill.release().countDown();
        waitUntil(() -> backfill.running.get() == 0);
        assertThat(backfill.maxRunning.get()).isEqualTo(1);
    }

    @Test
    void unchangedSchedulesKeepTheirTriggerAndRemovedOnesGo() throws Exception {
        Schedule a = new Schedule("keep", "errorReport", "0 0 7 ? * MON", ZoneOffset.UTC, Map.of("since", "7d"), true, "t");
        Schedule b = new Schedule("drop", "errorReport", "0 0 8 ? * MON", ZoneOffset.UTC, Map.of(), true, "t");
        new ScheduleRegistrar(scheduler, lock, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .register(List.of(a, b));
        TriggerKey keep = TriggerKey.triggerKey("keep", ScheduleRegistrar.GROUP);
        Instant firstStart = scheduler.getTrigger(keep).getStartTime().toInstant();

        registrar.register(List.of(a));
        assertThat(scheduler.getTrigger(keep).getStartTime().toInstant()).isEqualTo(firstStart);
        assertThat(scheduler.checkExists(TriggerKey.triggerKey("drop", ScheduleRegistrar.GROUP))).isFalse();

        Schedule changed = new Schedule("keep", "errorReport", "0 0 9 ? * MON", ZoneOffset.UTC, Map.of(), true, "t");
        registrar.register(List.of(changed));
        assertThat(((org.quartz.CronTrigger) scheduler.getTrigger(keep)).getCronExpression()).isEqualTo("0 0 9 ? * MON");
        registrar.register(List.of());
        assertThat(scheduler.checkExists(keep)).isFalse();
        assertThat(scheduler.checkExists(JobKey.jobKey("errorReport", ScheduleRegistrar.GROUP))).isFalse();
    }

    record Command(int exitCode, String out, String err) {
    }

    private Command command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = RevealSyncCommand.commandLine(new SpringCommandFactory(context));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Command(exit, out.toString(), err.toString());
    }

    private Path schedules(String name, Map<String, String> files) throws Exception {
        Path dir = Files.createDirectories(WORK.resolve("schedules-" + name));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        return dir;
    }

    private int scheduledRuns(String schedule) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM schedule_run WHERE schedule_name = ? AND trigger_kind"
                + " = 'SCHEDULED'", Integer.class, schedule);
    }

    private boolean finished(String schedule) {
        return jdbc().queryForObject("SELECT COUNT(*) FROM schedule_run WHERE schedule_name = ? AND finished_at IS NULL",
                Integer.class, schedule) == 0;
    }

    private Trigger.TriggerState state(String trigger) {
        try {
            return scheduler.getTriggerState(TriggerKey.triggerKey(trigger, ScheduleRegistrar.GROUP));
        } catch (org.quartz.SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("scheduling-test");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands in for a sync job (like nightlySync): records a run with one skipped row. */
    static final class StandInSync implements ScheduledJob {
        final AtomicInteger calls = new AtomicInteger();
        volatile Map<String, String> lastParameters;
        volatile Long lastRunId;
        private final JdbcTemplate jdbc;

        StandInSync(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
        }

        @Override
        public String name() {
            return "standInSync";
        }

        @Override
        public RunResult run(Map<String, String> parameters) {
            long runId = 1000 + calls.incrementAndGet();
            jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at) VALUES (?, 'standInSync',"
                    + " 'COMPLETED', ?)", runId, LocalDateTime.now());
            jdbc.update("INSERT INTO row_outcome (run_id, source_file, line_no, lusha_id, revealed_by, outcome, code,"
                    + " recorded_at) VALUES (?, 'inbox/a.csv', 4, 'L-1', 'a@b.c', 'SKIPPED', 'REQUIRED_FIELD_MISSING', ?)",
                    runId, LocalDateTime.now());
            lastParameters = parameters;
            lastRunId = runId;
            return new RunResult(RunResult.Status.ROWS_NOT_EXPORTED, runId, "1 row skipped", null);
        }
    }

    /** Stands in for a long job (like linkedinBackfill): holds on until released, counting how many run at once. */
    static final class BlockingBackfill implements ScheduledJob {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();
        private volatile CountDownLatch started = new CountDownLatch(1);
        private volatile CountDownLatch release = new CountDownLatch(1);

        void reset() {
            maxRunning.set(0);
            started = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        CountDownLatch started() {
            return started;
        }

        CountDownLatch release() {
            return release;
        }

        @Override
        public String name() {
            return "standInBackfill";
        }

        @Override
        public RunResult run(Map<String, String> parameters) {
            CountDownLatch held = release;
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                held.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return new RunResult(RunResult.Status.SUCCEEDED, null, "done", null);
        }
    }

    @TestConfiguration
    static class StandInJobs {
        @Bean
        StandInSync standInSync(DataSource dataSource) {
            return new StandInSync(dataSource);
        }

        @Bean
        BlockingBackfill blockingBackfill() {
            return new BlockingBackfill();
        }
    }
}
