package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.ExchangeHook;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sync killed with {@code kill -9} in the middle of a run, then started again with the same
 * command: it resumes from the last committed chunk, and the org ends with exactly one record per
 * row, none duplicated, none lost. The sync runs as its own process from the built jar.
 */
class SyncKillRestartIT {

    static final int ROWS = 3_000;
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @Test
    void aRunKilledMidWayAndStartedAgainEndsWithExactlyOneRecordPerRow() throws Exception {
        Path work = Files.createTempDirectory("reveal-sync-kill");
        Path input = work.resolve("batch.csv");
        List<String> lines = new ArrayList<>();
        lines.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name");
        for (int i = 0; i < ROWS; i++) {
            lines.add("K-" + i + ",dana@acme-sales.example,Lead,First" + i + ",Last" + i + ",person" + i
                    + "@kill.example,Kill Example " + (i % 50));
        }
        Files.write(input, lines);
        // a slow org (as a loaded real org is) so that the kill lands mid-run
        ORG.org().setExchangeHook(new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) {
                LockSupport.parkNanos(Duration.ofMillis(15).toNanos());
                return false;
            }
        });

        Process first = start(work, input, "first.log");
        awaitLeads(600, Duration.ofMinutes(2), first);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long afterKill = leadCount();
        assertThat(afterKill).isBetween(1L, (long) ROWS - 1);

        ORG.org().setExchangeHook(ExchangeHook.NONE);
        Process second = start(work, input, "run.log");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(work.resolve("run.log"));
        // the killed run's output too, and the leads it had made: what a failed resume needs to be understood
        assertThat(second.exitValue()).as("%s%n--- the killed run (%d leads in the org at the kill) ---%n%s", output, afterKill,
                Files.readString(work.resolve("first.log"))).isZero();
        assertThat(output).contains("COMPLETED");

        assertThat(leadCount()).isEqualTo(ROWS);
        assertThat(output).as("the second start resumed the killed run").contains("run 1 COMPLETED");
        try (var db = java.sql.DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("reveal-sync"), "sa", "");
             var rs = db.createStatement().executeQuery(
                     "SELECT COUNT(*), COUNT(DISTINCT line_no), MIN(line_no), MAX(line_no) FROM row_outcome WHERE run_id = 1")) {
            rs.next();
            assertThat(rs.getLong(1)).as("every row has exactly one outcome").isEqualTo(ROWS);
            assertThat(rs.getLong(2)).isEqualTo(ROWS);
            assertThat(rs.getLong(3)).isEqualTo(2);
            assertThat(rs.getLong(4)).isEqualTo(ROWS + 1);
        }
        assertThat(ORG.query("SELECT Lusha_Id__c FROM Lead WHERE Email LIKE '%@kill.example'"))
                .extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates().hasSize(ROWS);
    }

    private long leadCount() {
        return ORG.data().recordCounts().getOrDefault("Lead", 0L);
    }

    private static void awaitLeads(long atLeast, Duration timeout, Process process) {
        Instant deadline = Instant.now().plus(timeout);
        while (ORG.data().recordCounts().getOrDefault("Lead", 0L) < atLeast) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the first run did not reach " + atLeast + " leads (alive: " + process.isAlive() + ")");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static Process start(Path work, Path input, String log) throws IOException {
        Path jar = Path.of("target", "reveal-sync.jar").toAbsolutePath();
        Path mapping = Path.of("jobs", "mapping", "default.yml").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", jar.toString(), "sync", "--input", input.toString(),
                "--api", "soap", "--mapping", mapping.toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(work.resolve(log).toFile()));
        pb.environment().put("REVEAL_SYNC_SALESFORCE_URL", ORG.org().baseUrl());
        pb.environment().put("REVEAL_SYNC_SALESFORCE_USERNAME", "admin@reveal-sync.local");
        pb.environment().put("REVEAL_SYNC_SALESFORCE_PASSWORD", "reveal-sync");
        pb.environment().put("REVEAL_SYNC_SALESFORCE_CLIENT_ID", "reveal-sync");
        pb.environment().put("REVEAL_SYNC_SALESFORCE_CLIENT_SECRET", "reveal-sync-secret");
        return pb.start();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
