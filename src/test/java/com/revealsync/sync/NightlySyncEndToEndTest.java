package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.QueryRecord;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly sync end to end: the real command line, the real WSC client over HTTP, the embedded
 * org. Each test uses its own people and companies, so the tests share one org.
 */
@SpringBootTest
class NightlySyncEndToEndTest {

    static final String HEADER = "lusha_id,revealed_by,export_as,first_name,last_name,email_1,phone_1,job_title,"
            + "departments,company_id,company_name,company_website,company_description,company_number_of_employees";

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

    CliRunner.Result sync(Path input, String... more) {
        String[] args = new String[2 + more.length + 1];
        args[0] = "sync";
        args[1] = "--input";
        args[2] = input.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return new CliRunner(context).run(args);
    }

    @Test
    void createsLeadsContactsAndOneAccountPerCompanyWithTheMappedValues() {
        Path file = ORG.csv("a.csv", HEADER,
                "L-A1,dana@acme-sales.example,Lead,Ada,Lovelace,ada@analytical.example,+44 20 7946 0001,Engineer,,"
                        + ",Analytical Engines,https://www.analytical.example,Looms and engines,120",
                "L-A2,dana@acme-sales.example,Contact,Grace,Hopper,grace@cobol.example,+1 202 555 0101,Rear Admiral,"
                        + "Navy,C-100,Cobol Systems,https://cobol.example/about,Compilers,\"1,200\"",
                "L-A3,omer@acme-sales.example,Contact,Jean,Sammet,jean@cobol.example,,Programmer,Research,C-100,"
                        + "Cobol Systems,https://cobol.example,Compilers,1200");

        CliRunner.Result result = sync(file, "--api", "soap");

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<QueryRecord> leads = ORG.query("SELECT FirstName, LastName, Email, Phone, Title, Company, Website, "
                + "LeadSource, Lusha_Id__c FROM Lead WHERE Lusha_Id__c = 'L-A1'");
        assertThat(leads).hasSize(1);
        assertThat(leads.get(0).fields()).containsEntry("FirstName", "Ada").containsEntry("LastName", "Lovelace")
                .containsEntry("Email", "ada@analytical.example").containsEntry("Title", "Engineer")
                .containsEntry("Company", "Analytical Engines").containsEntry("LeadSource", "Lusha")
                .containsEntry("Website", "https://www.analytical.example");
        List<QueryRecord> contacts = ORG.query("SELECT LastName, Email, Department, AccountId FROM Contact "
                + "WHERE Lusha_Id__c IN ('L-A2', 'L-A3') ORDER BY LastName");
        assertThat(contacts).extracting(c -> c.fields().get("LastName")).containsExactly("Hopper", "Sammet");
        assertThat(contacts).extracting(c -> c.fields().get("AccountId")).doesNotContainNull()
                .containsOnly(contacts.get(0).fields().get("AccountId"));
        List<QueryRecord> accounts = ORG.query("SELECT Name, Website, Description, NumberOfEmployees, Lusha_Company_Id__c "
                + "FROM Account WHERE Name = 'Cobol Systems'");
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0).fields()).containsEntry("NumberOfEmployees", "1200")
                .containsEntry("Description", "Compilers").containsEntry("Lusha_Company_Id__c", "C-100");
    }

    @Test
    void aRerunOfTheSameBatchMakesNoWriteCallAtAll() {
        Path file = ORG.csv("rerun.csv", HEADER,
                "L-R1,dana@acme-sales.example,Lead,Tim,Berners-Lee,tim@web.example,,Director,,,W3 Example,https://w3.example,,",
                "L-R2,lee@acme-sales.example,Contact,Vint,Cerf,vint@tcp.example,,Chief Evangelist,,T-1,TCP Example,https://tcp.example,,");
        assertThat(sync(file, "--api", "soap").exitCode()).isZero();
        ORG.data().reset();

        CliRunner.Result rerun = sync(file, "--api", "soap");

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(ORG.data().writeCalls()).isZero();
        assertThat(outcomes(lastRun())).containsEntry("UNCHANGED", 2L);
    }

    @Test
    void aPersonRepeatedWithinAFileIsCreatedOnce() {
        Path file = ORG.csv("dupes.csv", HEADER,
                "L-D1,dana@acme-sales.example,Lead,Linus,Torvalds,linus@kernel.example,,Fellow,,,Kernel Example,,,",
                "L-D1,dana@acme-sales.example,Lead,Linus,Torvalds,linus@kernel.example,,Fellow,,,Kernel Example,,,",
                "L-D2,omer@acme-sales.example,Lead,Linus,Torvalds,LINUS@kernel.example,,Fellow,,,Kernel Example,,,");

        CliRunner.Result result = sync(file, "--api", "soap");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Email = 'linus@kernel.example'")).hasSize(1);
        assertThat(outcomes(lastRun())).containsEntry("CREATED", 1L).containsEntry("UNCHANGED", 2L);
    }

    @Test
    void badRowsAreSkippedWithTheirLineAndTheGoodOnesGo() {
        Path file = ORG.csv("bad.csv", HEADER,
                "L-B1,dana@acme-sales.example,Lead,Good,Row,good@rows.example,,Tester,,,Rows Example,,,",
                "L-B2,dana@acme-sales.example,Lead,No,,nolast@rows.example,,Tester,,,Rows Example,,,",
                "L-B3,dana@acme-sales.example,Lead,Long,Title,long@rows.example,,\"" + "T".repeat(140) + "\",,,Rows Example,,,",
                "L-B4,dana@acme-sales.example,Martian,Bad,Type,bad@rows.example,,,,,Rows Example,,,",
                "L-B5,dana@acme-sales.example,Lead,Too,Few");

        CliRunner.Result result = sync(file, "--api", "soap");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        long run = lastRun();
        assertThat(jdbc.queryForList("SELECT line_no, outcome, code FROM row_outcome WHERE run_id = ? ORDER BY line_no", run))
                .extracting(r -> r.get("LINE_NO") + " " + r.get("OUTCOME") + " " + r.get("CODE"))
                .containsExactly("2 CREATED null", "3 SKIPPED REQUIRED_FIELD_MISSING", "4 SKIPPED STRING_TOO_LONG",
                        "5 SKIPPED INVALID_VALUE", "6 SKIPPED INVALID_ROW");
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Company = 'Rows Example'")).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithExit2AndNothingIsSent() throws Exception {
        ORG.data().reset();
        assertThat(sync(ORG.dataDir().resolve("missing.csv")).exitCode()).isEqualTo(2);
        assertThat(sync(ORG.csv("header-only.csv", HEADER)).exitCode()).isEqualTo(2);
        assertThat(sync(ORG.csv("not-csv.csv", "\u0000\u0001binary")).exitCode()).isEqualTo(2);
        assertThat(sync(ORG.csv("empty.csv")).exitCode()).isEqualTo(2);
        CliRunner.Result noLushaId = sync(ORG.csv("no-id.csv", "revealed_by,last_name", "dana@acme-sales.example,X"));
        assertThat(noLushaId.exitCode()).isEqualTo(2);
        assertThat(noLushaId.output()).contains("no-id.csv").contains("lusha_id");
        Path latin1 = ORG.dataDir().resolve("latin1.csv");
        java.nio.file.Files.write(latin1, (HEADER + "\nL-E1,dana@acme-sales.example,Lead,Jos\u00e9,M\u00fcller,jm@x.example,,,,,Caf\u00e9,,,\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRunner.Result wrongEncoding = sync(latin1);
        assertThat(wrongEncoding.exitCode()).isEqualTo(2);
        assertThat(wrongEncoding.output()).contains("latin1.csv").contains("UTF-8");
        Path bad = ORG.csv("bad-mapping.yml", "mappings:", "  Lead:", "    fields:", "      - lusha: Job title",
                "        salesforce: NumberOfEmployees");
        CliRunner.Result badMapping = sync(ORG.csv("ok.csv", HEADER,
                "L-X1,dana@acme-sales.example,Lead,X,Y,x@y.example,,,,,Y Example,,,"), "--mapping", bad.toString());
        assertThat(badMapping.exitCode()).as(badMapping.output()).isEqualTo(2);
        assertThat(badMapping.output()).contains("NumberOfEmployees");
        assertThat(ORG.data().writeCalls()).isZero();
    }

    @Test
    void aDryRunPlansEveryRowAndSendsNothing() {
        Path file = ORG.csv("dry.csv", HEADER,
                "L-Y1,dana@acme-sales.example,Lead,Dry,Run,dry@run.example,,Planner,,,Dry Example,,,",
                "L-Y2,dana@acme-sales.example,Contact,Wet,Run,wet@run.example,,Planner,,Y-1,Dry Example,,,");
        ORG.data().reset();

        CliRunner.Result result = sync(file, "--api", "soap", "--dry-run");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("dry run");
        assertThat(ORG.data().writeCalls()).isZero();
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Email = 'dry@run.example'")).isEmpty();
        assertThat(outcomes(lastRun())).isEqualTo(Map.of("CREATED", 2L));
        assertThat(jdbc.queryForList("SELECT warnings_json FROM row_outcome WHERE run_id = ?", String.class, lastRun()))
                .allSatisfy(w -> assertThat(w).contains("DRY_RUN"));
    }

    @Autowired
    NightlySyncScheduledJob scheduled;

    @Test
    void theScheduledSyncExportsTheInboxAndMovesItsBatchesToProcessed() throws Exception {
        Path inbox = java.nio.file.Files.createDirectories(ORG.dataDir().resolve("inbox"));
        java.nio.file.Files.writeString(inbox.resolve("night.csv"), HEADER + "\n"
                + "L-S1,lee@acme-sales.example,Lead,Margaret,Hamilton,margaret@apollo.example,,Director,,,Apollo Example,,,\n");

        var result = scheduled.run(Map.of("input", inbox.toString()));

        assertThat(result.status()).isEqualTo(com.revealsync.schedule.RunResult.Status.SUCCEEDED);
        assertThat(result.runId()).isEqualTo(lastRun());
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Lusha_Id__c = 'L-S1'")).hasSize(1);
        assertThat(inbox.resolve("night.csv")).doesNotExist();
        try (var processed = java.nio.file.Files.walk(inbox.resolve("processed"))) {
            assertThat(processed.filter(p -> p.getFileName().toString().equals("night.csv"))).hasSize(1);
        }
        assertThat(scheduled.run(Map.of("input", inbox.toString())).status())
                .as("an empty inbox is a quiet night").isEqualTo(com.revealsync.schedule.RunResult.Status.SUCCEEDED);
    }

    @Test
    void retryFailedRunsOnlyTheSkippedRowsAgainAsALinkedRun() throws Exception {
        String profile = java.nio.file.Files.readString(Path.of("jobs", "mapping", "default.yml"))
                .replace("accountCreation: true", "accountCreation: false");
        Path noAccounts = ORG.csv("no-accounts.yml", profile);
        Path file = ORG.csv("retry.csv", HEADER,
                "L-F1,lee@acme-sales.example,Lead,Alan,Turing,alan@bletchley.example,,Mathematician,,,Bletchley Example,,,",
                "L-F2,lee@acme-sales.example,Contact,Joan,Clarke,joan@bletchley.example,,Cryptanalyst,,B-1,Bletchley Example,,,");
        CliRunner.Result first = sync(file, "--api", "soap", "--mapping", noAccounts.toString());
        assertThat(first.exitCode()).as(first.output()).isEqualTo(3);
        long failedRun = lastRun();
        assertThat(outcomes(failedRun)).containsEntry("CREATED", 1L).containsEntry("SKIPPED", 1L);

        CliRunner.Result retry = new CliRunner(context).run("retry-failed", "--run", Long.toString(failedRun), "--api", "soap");

        assertThat(retry.exitCode()).as(retry.output()).isZero();
        long retryRun = lastRun();
        assertThat(outcomes(retryRun)).isEqualTo(Map.of("CREATED", 1L));
        assertThat(jdbc.queryForObject("SELECT retry_of FROM sync_run WHERE run_id = ?", Long.class, retryRun))
                .isEqualTo(failedRun);
        assertThat(ORG.query("SELECT AccountId FROM Contact WHERE Lusha_Id__c = 'L-F2'"))
                .singleElement().satisfies(c -> assertThat(c.fields().get("AccountId")).isNotNull());
        assertThat(ORG.query("SELECT Id FROM Lead WHERE Lusha_Id__c = 'L-F1'")).hasSize(1);
    }

    long lastRun() {
        return jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
    }

    Map<String, Long> outcomes(long run) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("SELECT outcome, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY outcome",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); }, run);
        return counts;
    }
}
