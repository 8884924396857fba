package com.revealsync.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.RecordInput;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The backfill end to end: records synced with the default mapping (which maps no LinkedIn URL,
 * country or city) get those filled from the rows the sync stored, and nothing else of them
 * changes. The real command line, the real WSC client over HTTP, the embedded org.
 */
@SpringBootTest
class BackfillEndToEndTest {

    static final String HEADER = "lusha_id,revealed_by,export_as,first_name,last_name,email_1,company_id,company_name,"
            + "company_website,contact_linkedin_url,contact_country,contact_city,company_linkedin_url,company_country,company_city";
    /** Set by Salesforce on every write: the only fields besides the filled ones that may change. */
    static final Set<String> SYSTEM = Set.of("LastModifiedDate", "SystemModstamp", "LastModifiedById");

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

    CliRunner.Result run(String... args) {
        return new CliRunner(context).run(args);
    }

    void sync(String name, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        CliRunner.Result result = run("sync", "--input", ORG.csv(name, lines).toString(), "--api", "soap");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    static String id(String object, String where) {
        return (String) ORG.query("SELECT Id FROM " + object + " WHERE " + where).get(0).fields().get("Id");
    }

    /** Every field of a record but the ones Salesforce stamps on each write. */
    static Map<String, Object> everyField(String object, String id) {
        List<String> fields = ORG.data().describe(object).fields().stream().map(FieldSchema::name)
                .filter(f -> !SYSTEM.contains(f)).toList();
        return new HashMap<>(ORG.query("SELECT " + String.join(", ", fields) + " FROM " + object + " WHERE Id = '" + id + "'")
                .get(0).fields());
    }

    static Map<String, Object> with(Map<String, Object> record, Object... fieldValues) {
        Map<String, Object> expected = new HashMap<>(record);
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            expected.put((String) fieldValues[i], fieldValues[i + 1]);
        }
        return expected;
    }

    long lastRun() {
        return jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
    }

    @Test
    void linkedInCountryAndCityAreFilledOnRecordsSyncedWithoutThemAndNothingElseChanges() {
        sync("synced.csv",
                "B-L1,dana@acme-sales.example,Lead,Ada,Fill,ada@fill.example,,Fill Works,https://fill.example,"
                        + "https://www.linkedin.com/in/ada-fill,United Kingdom,London,,,",
                "B-L2,dana@acme-sales.example,Lead,Kit,Kept,kit@fill.example,,Kept Works,,"
                        + "https://www.linkedin.com/in/kit-kept,Ireland,Cork,,,",
                "B-C1,dana@acme-sales.example,Contact,Cora,Fill,cora@fill.example,CO-1,Cora Corp,https://cora.example,"
                        + "https://www.linkedin.com/in/cora,France,Paris,https://www.linkedin.com/company/cora,France,Lyon");
        String lead = id("Lead", "Lusha_Id__c = 'B-L1'");
        String kept = id("Lead", "Lusha_Id__c = 'B-L2'");
        String contact = id("Contact", "Lusha_Id__c = 'B-C1'");
        String account = id("Account", "Lusha_Company_Id__c = 'CO-1'");
        ORG.data().update(List.of(new RecordInput("Lead", kept, Map.of("City", "Dublin"), Set.of())));
        String outsider = ORG.data().create(List.of(new RecordInput("Lead", null,
                Map.of("LastName", "Outsider", "Company", "Nobody Ltd", "Email", "out@nowhere.example"), Set.of()))).get(0).id();
        Map<String, Map<String, Object>> before = new HashMap<>();
        for (String[] r : new String[][] {{"Lead", lead}, {"Lead", kept}, {"Contact", contact}, {"Account", account}, {"Lead", outsider}}) {
            before.put(r[1], everyField(r[0], r[1]));
        }
        assertThat(before.get(lead)).containsEntry("LinkedIn_URL__c", null).containsEntry("City", null);

        CliRunner.Result result = run("backfill", "--fields", "linkedin_url,country,city");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(everyField("Lead", lead)).isEqualTo(with(before.get(lead),
                "LinkedIn_URL__c", "https://www.linkedin.com/in/ada-fill", "Country", "United Kingdom", "City", "London"));
        assertThat(everyField("Lead", kept)).as("City held data and the profile does not allow override")
                .isEqualTo(with(before.get(kept), "LinkedIn_URL__c", "https://www.linkedin.com/in/kit-kept", "Country", "Ireland"));
        assertThat(everyField("Contact", contact)).isEqualTo(with(before.get(contact),
                "LinkedIn_URL__c", "https://www.linkedin.com/in/cora", "MailingCountry", "France", "MailingCity", "Paris"));
        assertThat(everyField("Account", account)).isEqualTo(with(before.get(account),
                "LinkedIn_URL__c", "https://www.linkedin.com/company/cora", "BillingCountry", "France", "BillingCity", "Lyon"));
        assertThat(everyField("Lead", outsider)).as("no Lusha data: left as it is").isEqualTo(before.get(outsider));
        long run = lastRun();
        assertThat(jdbc.queryForObject("SELECT job_name FROM sync_run WHERE run_id = ?", String.class, run)).isEqualTo("linkedinBackfill");
        assertThat(jdbc.queryForMap("SELECT source_file, outcome, fields, lusha_id FROM row_outcome WHERE run_id = ? AND salesforce_id = ?",
                run, lead)).containsEntry("SOURCE_FILE", "Lead").containsEntry("OUTCOME", "UPDATED")
                .containsEntry("FIELDS", "LinkedIn_URL__c,Country,City").containsEntry("LUSHA_ID", "B-L1");
        assertThat(jdbc.queryForObject("SELECT warnings_json FROM row_outcome WHERE run_id = ? AND salesforce_id = ?",
                String.class, run, outsider)).contains("NO_LUSHA_DATA");
        assertThat(result.output()).contains("records without any Lusha data:");

        CliRunner.Result again = run("backfill", "--fields", "linkedin_url,country,city");
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM row_outcome WHERE run_id = ? AND salesforce_id IN (?, ?, ?)",
                Long.class, lastRun(), lead, contact, account)).as("filled records no longer lack anything").isZero();
    }

    @Test
    void aDryRunSendsNoWriteCallAndWritesThePlannedChangesToACsv() throws Exception {
        sync("dry.csv", "D-L1,dana@acme-sales.example,Lead,Dry,Run,dry@run.example,,Dry Works,,"
                + "https://www.linkedin.com/in/dry-run,,Madrid,,,");
        String lead = id("Lead", "Lusha_Id__c = 'D-L1'");
        Path csv = ORG.dataDir().resolve("dry-run-changes.csv");
        ORG.data().reset();

        CliRunner.Result result = run("backfill", "--fields", "linkedin_url,city", "--object", "Lead", "--dry-run",
                "--changes-csv", csv.toString(), "--summary-json", ORG.dataDir().resolve("dry-summary.json").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(ORG.data().writeCalls()).isZero();
        assertThat(everyField("Lead", lead)).containsEntry("LinkedIn_URL__c", null).containsEntry("City", null);
        List<String[]> lines;
        try (CSVReader reader = new CSVReader(new FileReader(csv.toFile(), StandardCharsets.UTF_8))) {
            lines = reader.readAll();
        }
        assertThat(lines.get(0)).containsExactly(ChangesCsv.HEADER);
        assertThat(lines.stream().filter(l -> l[0].equals(lead)).map(l -> String.join("|", l).replaceAll("\\|run \\d+, ", "|run N, ")))
                .containsExactly("%s|Lead|LinkedIn_URL__c||https://www.linkedin.com/in/dry-run|run N, %s:2".formatted(lead, ORG.dataDir().resolve("dry.csv")),
                        "%s|Lead|City||Madrid|run N, %s:2".formatted(lead, ORG.dataDir().resolve("dry.csv")));
        assertThat(jdbc.queryForObject("SELECT warnings_json FROM row_outcome WHERE run_id = ? AND salesforce_id = ?",
                String.class, lastRun(), lead)).contains("DRY_RUN");
        assertThat(Files.readString(ORG.dataDir().resolve("dry-summary.json"))).contains("\"status\" : \"COMPLETED\"");
        CliRunner.Result retry = run("retry-failed", "--run", Long.toString(lastRun()));
        assertThat(retry.exitCode()).isEqualTo(2);
        assertThat(retry.output()).contains("is a linkedinBackfill run, not a sync");
    }

    @Test
    void aSourceFileFillsRecordsMatchedByLushaIdOrEmail() {
        sync("nocity.csv", "S-L1,dana@acme-sales.example,Lead,Sig,Source,sig@source.example,,Source Works,,,,,,,");
        String synced = id("Lead", "Lusha_Id__c = 'S-L1'");
        String outsider = ORG.data().create(List.of(new RecordInput("Lead", null,
                Map.of("LastName", "Solberg", "Company", "Fjord Ltd", "Email", "sol@source.example"), Set.of()))).get(0).id();
        Path source = ORG.csv("source.csv", "lusha_id,revealed_by,email_1,contact_city,contact_country",
                "S-L1,dana@acme-sales.example,sig@source.example,Oslo,Norway",
                "X-9,dana@acme-sales.example,SOL@source.example,Bergen,Norway");

        CliRunner.Result result = run("backfill", "--fields", "city", "--object", "Lead", "--source", source.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(everyField("Lead", synced)).containsEntry("City", "Oslo").containsEntry("Country", null);
        assertThat(everyField("Lead", outsider)).containsEntry("City", "Bergen").containsEntry("Country", null);
    }

    @Autowired
    LinkedinBackfillScheduledJob scheduled;

    @Test
    void aScheduleRunsTheBackfillWithItsParameters() {
        sync("scheduled.csv", "Q-L1,dana@acme-sales.example,Lead,Quin,Sched,quin@sched.example,,Sched Works,,,Peru,,,,");
        String lead = id("Lead", "Lusha_Id__c = 'Q-L1'");

        assertThat(scheduled.checkParameters(Map.of("object", "Lead"))).singleElement().asString().startsWith("parameters.fields");
        var result = scheduled.run(Map.of("fields", "country", "object", "Lead"));

        assertThat(result.status()).isEqualTo(com.revealsync.schedule.RunResult.Status.SUCCEEDED);
        assertThat(result.runId()).isEqualTo(lastRun());
        assertThat(everyField("Lead", lead)).containsEntry("Country", "Peru");
    }

    @Test
    void badArgumentsAreRefusedWithExit2AndNothingIsSent() {
        ORG.data().reset();

        CliRunner.Result unknown = run("backfill", "--fields", "linkedin,city");
        CliRunner.Result object = run("backfill", "--fields", "city", "--object", "Opportunity");
        CliRunner.Result noTarget = run("backfill", "--fields", "website", "--object", "Contact");
        CliRunner.Result noSource = run("backfill", "--fields", "city", "--source", ORG.dataDir().resolve("none.csv").toString());

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.output()).contains("unknown field(s) in --fields: linkedin");
        assertThat(object.exitCode()).isEqualTo(2);
        assertThat(object.output()).contains("--object must be Lead, Contact or Account");
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noSource.exitCode()).as(noSource.output()).isEqualTo(2);
        assertThat(ORG.data().writeCalls()).isZero();
    }
}
