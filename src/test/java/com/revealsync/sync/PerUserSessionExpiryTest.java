package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.OrgSettings;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.testing.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sessions that last two seconds, through a run of several times that: every user's session is
 * renewed with their refresh token as often as it expires, and nothing is lost or duplicated.
 */
class PerUserSessionExpiryTest extends ConnectionsFixture {

    static final int ROWS_PER_USER = 150;

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(
            OrgSettings.inMemory().withSessionTtl(Duration.ofSeconds(2)));

    @DynamicPropertySource
    static void perUser(DynamicPropertyRegistry registry) throws Exception {
        Path dataDir = Files.createTempDirectory("reveal-sync-expiry");
        registry.add("reveal-sync.target.mode", () -> "PER_USER");
        registry.add("reveal-sync.target.admin-user", () -> BOSS);
        registry.add("reveal-sync.data-dir", dataDir::toString);
        registry.add("reveal-sync.sync.chunk-size", () -> "15");
    }

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @Test
    void sessionsExpiringEveryTwoSecondsLoseNothing() throws Exception {
        aTeamOfThree();
        connect(BOSS, EmbeddedOrgExtension.ADMIN);
        connect(LEAD, EmbeddedOrgExtension.MANAGER);
        connect(REP, EmbeddedOrgExtension.REP);
        List<String> lines = new ArrayList<>();
        lines.add("lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name");
        String[] users = {BOSS, LEAD, REP};
        for (int i = 0; i < ROWS_PER_USER * users.length; i++) {
            lines.add(String.join(",", "exp-" + i, users[i % 3], "Lead", "First" + i, "Last" + i,
                    "p" + i + "@expiry.example", "Expiry company " + (i % 9)));
        }
        Path input = Files.createTempFile("expiry", ".csv");
        Files.write(input, lines);
        ORG.org().faults().set("latency=25ms");   // a run of several session lifetimes
        ORG.resetTokenCalls();
        long started = System.nanoTime();

        CliRunner.Result result = new CliRunner(context).run("sync", "--input", input.toString(), "--api", "soap");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ORG.org().faults().clear();
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(took).as("the run outlived several sessions").isGreaterThan(Duration.ofSeconds(6));
        assertThat(ORG.tokenCalls()).as("sessions were renewed").isGreaterThanOrEqualTo(3);
        assertThat(ORG.org().data().query("SELECT Lusha_Id__c FROM Lead WHERE Email LIKE '%@expiry.example'", 2000)
                .records()).extracting(r -> r.fields().get("Lusha_Id__c"))
                .doesNotHaveDuplicates().hasSize(ROWS_PER_USER * users.length);
    }
}
