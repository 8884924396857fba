package com.revealsync.testmapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.activemapping.ProfileFile;
import com.revealsync.schedule.RunResult;
import com.revealsync.sync.NightlySyncScheduledJob;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code mapping activate}: only after Test Mapping passed, only by an ADMIN or MANAGER, audited;
 * and runs that name no profile (the nightly schedule's) use the active one and refuse it once its
 * file changed.
 */
@SpringBootTest
class MappingActivationTest {

    static final String ADMIN = "admin@acme.example";
    static final String REP = "rep@acme.example";
    static final String HEADER = "lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_name";

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NightlySyncScheduledJob nightly;

    @BeforeEach
    void team() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM team_member", Long.class) == 0) {
            assertThat(run("team", "add", ADMIN, "--role", "ADMIN").exitCode()).isZero();
            assertThat(run("team", "add", REP, "--role", "USER", "--as", ADMIN).exitCode()).isZero();
        }
    }

    CliRunner.Result run(String... args) {
        return new CliRunner(context).run(args);
    }

    long activations() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mapping_activation", Long.class);
    }

    Map<String, Object> lastAudit() {
        return jdbc.queryForMap("SELECT actor, what, target, outcome, detail FROM audit_event ORDER BY id DESC FETCH FIRST 1 ROWS ONLY");
    }

    @Test
    void aProfileThatFailsTestMappingIsNotActivated() throws Exception {
        Path bad = ORG.csv("bad-status.yml", TestMappingEndToEndTest.withLeadStatus("Bogus"));
        long before = activations();

        CliRunner.Result result = run("mapping", "activate", bad.toString(), "--as", ADMIN);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST").contains("not activated");
        assertThat(activations()).isEqualTo(before);
        assertThat(lastAudit()).containsEntry("ACTOR", ADMIN).containsEntry("WHAT", "CHANGE_MAPPING")
                .containsEntry("TARGET", bad.toString()).containsEntry("OUTCOME", "DENIED");
    }

    @Test
    void aUserMayNotActivateAProfileAndNothingIsSent() {
        ORG.data().reset();
        long before = activations();

        CliRunner.Result result = run("mapping", "activate", "jobs/mapping/default.yml", "--as", REP);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("not allowed").contains("ADMIN or MANAGER");
        assertThat(activations()).isEqualTo(before);
        assertThat(ORG.data().writeCalls()).isZero();
    }

    @Test
    void theActiveProfileIsUsedByTheNightlyScheduleAndRefusedOnceItsFileChanged() throws Exception {
        Path profile = ORG.csv("ours.yml", Files.readString(Path.of("jobs", "mapping", "default.yml")));

        CliRunner.Result activated = run("mapping", "activate", profile.toString(), "--as", ADMIN);

        assertThat(activated.exitCode()).as(activated.output()).isZero();
        assertThat(jdbc.queryForMap("SELECT profile_path, content_sha256, activated_by FROM mapping_activation"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY"))
                .containsEntry("PROFILE_PATH", profile.toString())
                .containsEntry("CONTENT_SHA256", ProfileFile.read(profile).sha256())
                .containsEntry("ACTIVATED_BY", ADMIN);
        assertThat(lastAudit()).containsEntry("WHAT", "CHANGE_MAPPING").containsEntry("OUTCOME", "DONE");
        Path inbox = Files.createDirectories(ORG.dataDir().resolve("inbox"));
        Files.writeString(inbox.resolve("night1.csv"), HEADER + "\nA-1," + ADMIN + ",Lead,Ada,Active,ada@active.example,Active Example\n");
        assertThat(nightly.run(Map.of("input", inbox.toString())).status()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Lusha_Id__c = 'A-1'")).hasSize(1);

        Files.writeString(profile, Files.readString(profile) + "\n# edited after activation\n");
        Files.writeString(inbox.resolve("night2.csv"), HEADER + "\nA-2," + ADMIN + ",Lead,Bea,Changed,bea@active.example,Active Example\n");
        ORG.data().reset();

        RunResult refused = nightly.run(Map.of("input", inbox.toString()));

        assertThat(refused.status()).isEqualTo(RunResult.Status.FAILED);
        assertThat(refused.summary()).contains("the active mapping profile " + profile + " changed since " + ADMIN + " activated it")
                .contains("mapping activate");
        CliRunner.Result manual = run("sync", "--input", inbox.resolve("night2.csv").toString());
        assertThat(manual.exitCode()).as(manual.output()).isEqualTo(2);
        assertThat(ORG.data().writeCalls()).isZero();
        CliRunner.Result named = run("sync", "--input", inbox.resolve("night2.csv").toString(), "--mapping", profile.toString());
        assertThat(named.exitCode()).as("naming the file runs it as it is: " + named.output()).isZero();
    }
}
