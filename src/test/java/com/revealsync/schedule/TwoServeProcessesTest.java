package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.ChildJvm;
import com.revealsync.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Two {@code serve} processes on one PostgreSQL database (the one running on this machine, in a
 * schema of its own) run a schedule firing every 3 seconds: every fire time is run exactly once
 * between them, and none is skipped. The schedule is the test's stand-in for the issue's
 * once-a-minute one, to keep the test short.
 */
class TwoServeProcessesTest {

    private static final int FIRES = 4;
    private static final Duration PERIOD = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @Test
    void twoServeProcessesOnOneDatabaseRunEachFireExactlyOnce() throws Exception {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("rs_cluster")) {
            DataSource dataSource = schema.dataSource();
            createTablesAsAnEarlierStartWould(dataSource);
            Path schedules = Files.createDirectories(work.resolve("schedules"));
            Files.writeString(schedules.resolve("every-3s.yml"), "name: every-3s\njob: errorReport\n"
                    + "cron: \"0/3 * * * * ?\"\ntimeZone: UTC\nparameters:\n  since: 1d\n  out: "
                    + work.resolve("out") + "\n");
            List<String> settings = List.of("spring.datasource.url=" + schema.url(),
                    "spring.datasource.username=" + TestDatabases.POSTGRES_USER, "spring.datasource.password=",
                    "reveal-sync.schedules.reports-dir=" + work.resolve("reports"));
            List<Process> nodes = new ArrayList<>();
            try {
                for (String node : List.of("a", "b")) {
                    nodes.add(ChildJvm.app(settings, "serve", "--dir", schedules.toString())
                            .redirectErrorStream(true).redirectOutput(work.resolve(node + ".log").toFile()).start());
                }
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                waitUntil(Duration.ofSeconds(60), nodes, () -> count(jdbc, "SELECT COUNT(*) FROM qrtz_scheduler_state") == 2);
                Instant bothIn = Instant.now();
                waitUntil(Duration.ofSeconds(30), nodes, () -> count(jdbc, "SELECT COUNT(DISTINCT fire_time) FROM"
                        + " schedule_run WHERE fire_time > ? AND finished_at IS NOT NULL", Timestamp.from(bothIn)) >= FIRES);

                List<Map<String, Object>> fires = jdbc.queryForList("SELECT fire_time, COUNT(*) AS runs,"
                        + " MIN(instance_id) AS node FROM schedule_run WHERE trigger_kind = 'SCHEDULED'"
                        + " GROUP BY fire_time ORDER BY fire_time");
                assertThat(fires).as("fires: %s%nlogs:%n%s", fires, logs()).allSatisfy(fire ->
                        assertThat(((Number) fire.get("runs")).intValue()).isEqualTo(1));
                List<Instant> times = fires.stream().map(f -> ((Timestamp) f.get("fire_time")).toInstant())
                        .filter(t -> t.isAfter(bothIn)).toList();
                assertThat(times).hasSizeGreaterThanOrEqualTo(FIRES);
                for (int i = 1; i < times.size(); i++) {
                    assertThat(Duration.between(times.get(i - 1), times.get(i))).as("no fire skipped").isEqualTo(PERIOD);
                }
                assertThat(count(jdbc, "SELECT COUNT(*) FROM schedule_run WHERE status <> 'SUCCEEDED'")).isZero();
            } finally {
                for (Process node : nodes) {
                    node.destroy();
                }
                for (Process node : nodes) {
                    if (!node.waitFor(20, TimeUnit.SECONDS)) {
                        node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                }
            }
        }
    }

    /** The app and Quartz tables, as the first serve would have created them (see the class comment). */
    private static void createTablesAsAnEarlierStartWould(DataSource dataSource) {
        TestDatabases.createAppTables(dataSource);
        new ResourceDatabasePopulator(new ClassPathResource("db/quartz/tables_postgres.sql")).execute(dataSource);
    }

    private static int count(JdbcTemplate jdbc, String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }

    private void waitUntil(Duration limit, List<Process> nodes, java.util.function.BooleanSupplier condition)
            throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            for (Process node : nodes) {
                if (!node.isAlive()) {
                    throw new AssertionError("a serve process exited with " + node.exitValue() + ":\n" + logs());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + limit + ":\n" + logs());
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private String logs() {
        StringBuilder text = new StringBuilder();
        for (String node : List.of("a", "b")) {
            Path log = work.resolve(node + ".log");
            try {
                text.append("--- ").append(node).append(" ---\n")
                        .append(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)\n");
            } catch (java.io.IOException e) {
                text.append("(unreadable log)\n");
            }
        }
        return text.toString();
    }
}
