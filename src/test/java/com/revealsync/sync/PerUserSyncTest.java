package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.connection.ConnectionStatus;
import com.revealsync.org.OrgSettings;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Per-user mode: each Lusha user's rows go through that user's own connection. One user's access is
 * revoked in the middle of a run: their remaining rows are skipped RECONNECT_REQUIRED after exactly
 * one refresh attempt, and everyone else's rows are all exported.
 */
class PerUserSyncTest extends ConnectionsFixture {

    static final int ROWS_PER_USER = 200;

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory());

    @DynamicPropertySource
    static void perUser(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("reveal-sync-per-user");
        registry.add("reveal-sync.target.mode", () -> "PER_USER");
        registry.add("reveal-sync.target.admin-user", () -> BOSS);
        registry.add("reveal-sync.data-dir", dataDir::toString);
        registry.add("reveal-sync.sync.chunk-size", () -> "30");
    }

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @Test
    void aUserRevokedMidRunIsSkippedAfterOneRefreshWhileTheOthersAllGo() throws Exception {
        aTeamOfThree();
        connect(BOSS, EmbeddedOrgExtension.ADMIN);
        connect(LEAD, EmbeddedOrgExtension.MANAGER);
        connect(REP, EmbeddedOrgExtension.REP);
        Path input = batch("revoke");
        ORG.resetTokenCalls();

        CompletableFuture<CliRunner.Result> run = CompletableFuture.supplyAsync(
                () -> new CliRunner(context).run("sync", "--input", input.toString(), "--api", "soap"));
        awaitLeads(90, run);
        ORG.org().revokeRefreshTokens(EmbeddedOrgExtension.REP);
        CliRunner.Result result = run.get();

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        long runId = jdbc.sql("SELECT MAX(run_id) FROM sync_run").query(Long.class).single();
        assertThat(outcomesOf(runId, BOSS)).isEqualTo(Map.of("CREATED", (long) ROWS_PER_USER));
        assertThat(outcomesOf(runId, LEAD)).isEqualTo(Map.of("CREATED", (long) ROWS_PER_USER));
        Map<String, Long> rep = outcomesOf(runId, REP);
        assertThat(rep.keySet()).containsExactlyInAnyOrder("CREATED", "SKIPPED");
        assertThat(rep.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ROWS_PER_USER);
        assertThat(jdbc.sql("SELECT DISTINCT code FROM row_outcome WHERE run_id = ? AND outcome = 'SKIPPED'")
                .param(runId).query(String.class).list()).containsExactly("RECONNECT_REQUIRED");
        assertThat(ORG.tokenCalls()).as("one refused refresh for the revoked user, and no other token call").isEqualTo(1);
        assertThat(connections.list()).filteredOn(c -> c.user().equals(REP))
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ConnectionStatus.RECONNECT_REQUIRED));
        long repLeads = ORG.org().data().query("SELECT COUNT() FROM Lead WHERE Email LIKE 'rep-%@revoke.example'", 200).totalSize();
        assertThat(repLeads).isEqualTo(rep.get("CREATED"));
    }

    @Test
    void aUserWithoutAConnectionIsSkippedNotConnected() throws Exception {
        aTeamOfThree();
        connect(BOSS, EmbeddedOrgExtension.ADMIN);
        Path input = batch("unconnected");

        CliRunner.Result result = new CliRunner(context).run("sync", "--input", input.toString(), "--api", "soap");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        long runId = jdbc.sql("SELECT MAX(run_id) FROM sync_run").query(Long.class).single();
        assertThat(outcomesOf(runId, BOSS)).isEqualTo(Map.of("CREATED", (long) ROWS_PER_USER));
        assertThat(jdbc.sql("SELECT code, COUNT(*) FROM row_outcome WHERE run_id = ? AND outcome = 'SKIPPED' GROUP BY code")
                .param(runId).query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("NOT_CONNECTED=" + 2 * ROWS_PER_USER);
    }

    private Map<String, Long> outcomesOf(long runId, String user) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT outcome, COUNT(*) FROM row_outcome WHERE run_id = ? AND revealed_by = ? GROUP BY outcome")
                .param(runId).param(user)
                .query(rs -> { counts.put(rs.getString(1), rs.getLong(2)); });
        return counts;
    }

    private static void awaitLeads(long atLeast, CompletableFuture<?> run) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (ORG.org().data().recordCounts().getOrDefault("Lead", 0L) < atLeast) {
            if (run.isDone() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the run did not reach " + atLeast + " leads before it ended");
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** Rows of the three users, interleaved, all Leads. */
    private static Path batch(String tag) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name");
        String[] users = {BOSS, LEAD, REP};
        String[] prefixes = {"boss", "lead", "rep"};
        for (int i = 0; i < ROWS_PER_USER; i++) {
            for (int u = 0; u < users.length; u++) {
                lines.add(String.join(",", tag + "-" + prefixes[u] + "-" + i, users[u], "Lead", "First" + i,
                        "Last" + i, prefixes[u] + "-" + i + "@" + tag + ".example", tag + " company " + (i % 7)));
            }
        }
        Path file = Files.createTempFile("per-user-" + tag, ".csv");
        Files.write(file, lines);
        return file;
    }
}
