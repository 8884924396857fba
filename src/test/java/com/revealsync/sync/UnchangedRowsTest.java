package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.testing.MutableClock;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Change detection end to end (README "Unchanged rows"), through the WSC client and the embedded
 * org: a rerun answers unchanged rows without looking anything up, and every change that would make
 * a row plan differently (in the row, in the org by anyone, a record deleted, the mapping) sends that
 * row the full way again, with the outcome a full check gives. Each test has its own people; the org
 * and the app database are shared, as they are between nightly runs.
 */
@SpringBootTest
class UnchangedRowsTest {

    static final String HEADER = "lusha_id,revealed_by,export_as,first_name,last_name,email_1,phone_1,job_title,"
            + "departments,company_id,company_name,company_website,company_description,company_number_of_employees";

    /** The org's time: moved on before a test changes the org, as time passes between nightly runs. */
    static final MutableClock CLOCK = MutableClock.atNow();

    /**
     * How far the org's clock moves before a test changes the org. It stands still during a run, while
     * the run reckons its end as its start plus the time it took here: a change made a moment "after"
     * a run by a clock that did not move would fall inside the run.
     */
    static final Duration BETWEEN_RUNS = Duration.ofMinutes(1);

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport(CLOCK);

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRerunAnswersUnchangedRowsWithoutAnyLookupOrWrite() {
        Path file = ORG.csv("same.csv", HEADER,
                "U-S1,dana@acme-sales.example,Lead,Tim,Berners,tim@same.example,,Director,,,Same Web,https://same.example,,",
                "U-S2,lee@acme-sales.example,Contact,Vint,Cerf,vint@same-tcp.example,,Evangelist,,U-C1,Same TCP,https://same-tcp.example,,many");
        CliRunner.Result first = sync(file);
        assertThat(first.exitCode()).as(first.output()).isZero();
        ORG.data().reset();

        CliRunner.Result rerun = sync(file);

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(ORG.data().writeCalls()).isZero();
        assertThat(ORG.data().queries()).as("lookup queries (queryAll of changes excluded)").isZero();
        assertThat(ORG.data().queryAlls()).as("one queryAll of changes per object").isEqualTo(3);
        assertThat(rows(lastRun())).containsExactly(
                "2 UNCHANGED Lead " + id("Lead", "U-S1") + " null",
                "3 UNCHANGED Contact " + id("Contact", "U-S2") + " [FIELD_TYPE_MISMATCH]");
        assertThat(jdbc.queryForObject("SELECT account_id FROM row_outcome WHERE run_id = ? AND lusha_id = 'U-S2'",
                String.class, lastRun())).isEqualTo(ORG.query("SELECT AccountId FROM Contact WHERE Lusha_Id__c = 'U-S2'")
                .get(0).fields().get("AccountId"));
    }

    @Test
    void theRunEndsAtItsStartByTheOrgClockPlusTheTimeItTookWithoutAskingTheOrgAgain() {
        Path file = ORG.csv("end.csv", HEADER,
                "U-E1,dana@acme-sales.example,Lead,Eve,End,eve@end.example,,Engineer,,,End Co,,,");
        ORG.data().reset();
        long before = System.nanoTime();
        CliRunner.Result run = sync(file);
        long tookMs = (System.nanoTime() - before) / 1_000_000;

        assertThat(run.exitCode()).as(run.output()).isZero();
        Map<String, Object> mark = jdbc.queryForMap(
                "SELECT started_ms, finished_ms FROM org_watermark ORDER BY started_ms DESC LIMIT 1");
        long started = ((Number) mark.get("STARTED_MS")).longValue();
        long finished = ((Number) mark.get("FINISHED_MS")).longValue();
        assertThat(started).as("the org's clock at the start").isEqualTo(CLOCK.instant().toEpochMilli());
        assertThat(finished - started).as("the time the run took here, at most").isBetween(0L, tookMs);
        assertThat(ORG.data().serverTimeCalls()).as("getServerTimestamp, at the start only").isEqualTo(1);
    }

    @Test
    void aRecordAnotherUserChangedIsCheckedAgainAndTheRestAreNot() {
        Path file = ORG.csv("edited.csv", HEADER,
                "U-E1,dana@acme-sales.example,Lead,Ada,Edited,ada@edited.example,,Engineer,,,Edited Co,,,",
                "U-E2,dana@acme-sales.example,Lead,Bob,Kept,bob@edited.example,,Engineer,,,Edited Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        String rep = ORG.data().userByUsername("rep@reveal-sync.local").orElseThrow().id();
        clearTitle(ORG.data().actingAs(rep), id("Lead", "U-E1"));

        CliRunner.Result rerun = sync(file);

        assertThat(rerun.exitCode()).as(rerun.output()).isZero();
        assertThat(outcomes(lastRun())).isEqualTo(Map.of("UPDATED", 1L, "UNCHANGED", 1L));
        assertThat(title("U-E1")).isEqualTo("Engineer"); // an empty field is filled again, as a full check does
    }

    @Test
    void aNewRecordTheRowsLookupsWouldFindIsCheckedAgain() {
        Path file = ORG.csv("new-record.csv", HEADER,
                "U-N1,dana@acme-sales.example,Lead,Nia,New,nia@new-record.example,,Engineer,,,New Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        String rep = ORG.data().userByUsername("rep@reveal-sync.local").orElseThrow().id();
        CLOCK.advance(BETWEEN_RUNS);
        String contact = ORG.data().actingAs(rep).create(List.of(new RecordInput("Contact", null,
                Map.of("LastName", "New", "Lusha_Id__c", "U-N1"), null))).get(0).id();

        CliRunner.Result rerun = sync(file);

        // a Contact holding the row's Lusha id wins over the Lead, as a full check finds
        assertThat(rows(lastRun())).as(rerun.output()).containsExactly("2 UPDATED Contact " + contact + " null");
    }

    @Test
    void aRecordTheIntegrationUserChangedAfterTheRunIsCheckedAgain() {
        Path file = ORG.csv("own.csv", HEADER,
                "U-O1,dana@acme-sales.example,Lead,Ola,Own,ola@own.example,,Engineer,,,Own Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        clearTitle(ORG.data(), id("Lead", "U-O1")); // the admin: the user the sync writes as

        CliRunner.Result rerun = sync(file);

        assertThat(outcomes(lastRun())).as(rerun.output()).isEqualTo(Map.of("UPDATED", 1L));
        assertThat(title("U-O1")).isEqualTo("Engineer");
    }

    @Test
    void aRecordDeletedInTheOrgIsCreatedAgain() {
        Path file = ORG.csv("deleted.csv", HEADER,
                "U-D1,dana@acme-sales.example,Lead,Dee,Deleted,dee@deleted.example,,Engineer,,,Deleted Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        String first = id("Lead", "U-D1");
        CLOCK.advance(BETWEEN_RUNS);
        ORG.data().delete(List.of(first));

        CliRunner.Result rerun = sync(file);

        assertThat(outcomes(lastRun())).as(rerun.output()).isEqualTo(Map.of("CREATED", 1L));
        assertThat(id("Lead", "U-D1")).isNotEqualTo(first);
    }

    @Test
    void aChangedRowIsPlannedAgain() {
        assertThat(sync(ORG.csv("row-v1.csv", HEADER,
                "U-R1,dana@acme-sales.example,Lead,Rae,Row,rae@row.example,,,,,Row Co,,,",
                "U-R2,dana@acme-sales.example,Lead,Sam,Row,sam@row.example,,,,,Row Co,,,")).exitCode()).isZero();

        CliRunner.Result rerun = sync(ORG.csv("row-v2.csv", HEADER,
                "U-R1,dana@acme-sales.example,Lead,Rae,Row,rae@row.example,,Architect,,,Row Co,,,",
                "U-R2,dana@acme-sales.example,Lead,Sam,Row,sam@row.example,,,,,Row Co,,,"));

        assertThat(outcomes(lastRun())).as(rerun.output()).isEqualTo(Map.of("UPDATED", 1L, "UNCHANGED", 1L));
        assertThat(title("U-R1")).isEqualTo("Architect");
    }

    @Test
    void anotherMappingProfileChecksEveryRowAgain() throws Exception {
        Path file = ORG.csv("profile.csv", HEADER,
                "U-P1,dana@acme-sales.example,Lead,Pat,Profile,pat@profile.example,,Engineer,,,Profile Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        Path profile = ORG.dataDir().resolve("other-profile.yml");
        java.nio.file.Files.writeString(profile, java.nio.file.Files.readString(Path.of("jobs/mapping/default.yml"))
                .replace("accountCreation: true", "accountCreation: false"));
        ORG.data().reset();

        CliRunner.Result rerun = sync(file, "--mapping", profile.toString());

        assertThat(outcomes(lastRun())).as(rerun.output()).isEqualTo(Map.of("UNCHANGED", 1L));
        assertThat(ORG.data().queries()).as("lookups").isPositive();
        assertThat(ORG.data().writeCalls()).isZero();
    }

    @Test
    void checkAllLooksEveryRowUpAndAgreesWithTheFingerprints() {
        Path file = ORG.csv("check-all.csv", HEADER,
                "U-A1,dana@acme-sales.example,Lead,Al,Check,al@check.example,,Engineer,,,Check Co,,,",
                "U-A2,lee@acme-sales.example,Contact,Bea,Check,bea@check.example,,Engineer,,U-C9,Check Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        assertThat(sync(file).exitCode()).isZero();
        List<String> answered = rows(lastRun());
        ORG.data().reset();

        CliRunner.Result checked = sync(file, "--check-all");

        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(ORG.data().queries()).as("lookups").isPositive();
        assertThat(ORG.data().writeCalls()).isZero();
        assertThat(rows(lastRun())).isEqualTo(answered);
    }

    @Test
    void aRowSkippedByItsOwnValuesIsAnsweredWithTheSameSkipAsAFullCheck() {
        Path file = ORG.csv("skip.csv", HEADER,
                "U-K1,dana@acme-sales.example,Lead,Kim,,kim@skip.example,,Engineer,,,Skip Co,,,",
                "U-K2,dana@acme-sales.example,Lead,Kit,Kept,kit@skip.example,,Engineer,,,Skip Co,,,");
        sync(file);
        List<String> skipped = skips(lastRun());
        ORG.data().reset();

        CliRunner.Result rerun = sync(file);

        assertThat(ORG.data().queries()).as("lookup queries; %s", rerun.output()).isZero();
        assertThat(ORG.data().writeCalls()).isZero();
        assertThat(rows(lastRun())).containsExactly("2 SKIPPED Lead null null", "3 UNCHANGED Lead " + id("Lead", "U-K2") + " null");
        assertThat(skipped).singleElement().asString().startsWith("2 REQUIRED_FIELD_MISSING LastName ");
        assertThat(skips(lastRun())).isEqualTo(skipped);
        ORG.data().reset();
        sync(file, "--check-all");
        assertThat(ORG.data().queries()).as("lookups").isPositive();
        assertThat(skips(lastRun())).isEqualTo(skipped);
    }

    @Test
    void aSkipIsCheckedAgainOnceThisProductWritesARecordOfThatPerson() {
        Path skipped = ORG.csv("later-skip.csv", HEADER,
                "U-W1,dana@acme-sales.example,Lead,Wes,,wes@later.example,,Engineer,,,Later Co,,,");
        sync(skipped);
        // a later night: another reveal of the same person (another Lusha id), complete, makes the Lead
        assertThat(sync(ORG.csv("later-lead.csv", HEADER,
                "U-W2,lee@acme-sales.example,Lead,Wes,Later,wes@later.example,,,,,Later Co,,,")).exitCode()).isZero();

        CliRunner.Result rerun = sync(skipped);

        // found by email, the Lead is updated (a create alone needs LastName), as a full check does
        assertThat(rows(lastRun())).as(rerun.output()).containsExactly("2 UPDATED Lead " + id("Lead", "U-W2") + " null");
        assertThat(title("U-W2")).isEqualTo("Engineer");
    }

    @Test
    void aSkipIsNotKeptWhenALaterRowOfTheChunkWritesThatPerson() {
        sync(ORG.csv("wave-both.csv", HEADER,
                "U-V1,dana@acme-sales.example,Lead,Val,,val@wave.example,,Engineer,,,Wave Co,,,",
                "U-V2,lee@acme-sales.example,Lead,Val,Wave,val@wave.example,,,,,Wave Co,,,"));

        CliRunner.Result rerun = sync(ORG.csv("wave-one.csv", HEADER,
                "U-V1,dana@acme-sales.example,Lead,Val,,val@wave.example,,Engineer,,,Wave Co,,,"));

        assertThat(rows(lastRun())).as(rerun.output()).containsExactly("2 UPDATED Lead " + id("Lead", "U-V2") + " null");
    }

    @Test
    void aSkipIsCheckedAgainOnceSomeoneElseCreatesThatPerson() {
        Path file = ORG.csv("other-skip.csv", HEADER,
                "U-X1,dana@acme-sales.example,Lead,Xia,,xia@other.example,,Engineer,,,Other Co,,,");
        sync(file);
        String rep = ORG.data().userByUsername("rep@reveal-sync.local").orElseThrow().id();
        CLOCK.advance(BETWEEN_RUNS);
        String lead = ORG.data().actingAs(rep).create(List.of(new RecordInput("Lead", null,
                Map.of("LastName", "Other", "Company", "Other Co", "Email", "xia@other.example"), null))).get(0).id();

        CliRunner.Result rerun = sync(file);

        assertThat(rows(lastRun())).as(rerun.output()).containsExactly("2 UPDATED Lead " + lead + " null");
    }

    @Test
    void aPersonRevealedAgainByAnotherUserInTheSameChunkIsAnsweredToo() {
        Path file = ORG.csv("again.csv", HEADER,
                "U-G1,dana@acme-sales.example,Lead,Gil,Again,gil@again.example,,Engineer,,,Again Co,,,",
                "U-G2,dana@acme-sales.example,Lead,Gus,Once,gus@again.example,,Engineer,,,Again Co,,,",
                "U-G1,lee@acme-sales.example,Lead,Gil,Again,gil@again.example,,Engineer,,,Again Co,,,");
        assertThat(sync(file).exitCode()).isZero();
        List<String> first = rows(lastRun());
        ORG.data().reset();

        CliRunner.Result rerun = sync(file);

        assertThat(ORG.data().queries()).as("lookup queries; %s", rerun.output()).isZero();
        assertThat(ORG.data().writeCalls()).isZero();
        String gil = id("Lead", "U-G1");
        assertThat(first).containsExactly("2 CREATED Lead " + gil + " null",
                "3 CREATED Lead " + id("Lead", "U-G2") + " null", "4 UNCHANGED Lead " + gil + " null");
        assertThat(rows(lastRun())).containsExactly("2 UNCHANGED Lead " + gil + " null",
                "3 UNCHANGED Lead " + id("Lead", "U-G2") + " null", "4 UNCHANGED Lead " + gil + " null");
        assertThat(jdbc.queryForList("SELECT revealed_by FROM row_outcome WHERE run_id = ? AND lusha_id = 'U-G1' ORDER BY line_no",
                String.class, lastRun())).containsExactly("dana@acme-sales.example", "lee@acme-sales.example");
        ORG.data().reset();
        sync(file, "--check-all");
        assertThat(rows(lastRun())).isEqualTo(List.of("2 UNCHANGED Lead " + gil + " null",
                "3 UNCHANGED Lead " + id("Lead", "U-G2") + " null", "4 UNCHANGED Lead " + gil + " null"));
    }

    @Test
    void aPersonTwiceInTheChunkWithDifferentValuesGoesTheFullWay() {
        Path file = ORG.csv("twice.csv", HEADER,
                "U-T1,dana@acme-sales.example,Lead,Tia,Twice,tia@twice.example,,Engineer,,,Twice Co,,,",
                "U-T1,lee@acme-sales.example,Lead,Tia,Twice,tia@twice.example,,Architect,,,Twice Co,,,");
        sync(file);
        ORG.data().reset();

        CliRunner.Result rerun = sync(file);

        assertThat(ORG.data().queries()).as("lookups; %s", rerun.output()).isPositive();
        assertThat(outcomes(lastRun())).isEqualTo(Map.of("UNCHANGED", 2L));
    }

    private CliRunner.Result sync(Path input, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "sync";
        args[1] = "--input";
        args[2] = input.toString();
        args[3] = "--api";
        args[4] = "soap";
        System.arraycopy(more, 0, args, 5, more.length);
        return new CliRunner(context).run(args);
    }

    private static void clearTitle(OrgData data, String id) {
        CLOCK.advance(BETWEEN_RUNS);
        assertThat(data.update(List.of(new RecordInput("Lead", id, Map.of(), Set.of("Title")))).get(0).success()).isTrue();
    }

    private static String title(String lushaId) {
        return (String) ORG.query("SELECT Title FROM Lead WHERE Lusha_Id__c = '" + lushaId + "'").get(0).fields().get("Title");
    }

    private static String id(String object, String lushaId) {
        List<QueryRecord> found = ORG.query("SELECT Id FROM " + object + " WHERE Lusha_Id__c = '" + lushaId + "'");
        assertThat(found).hasSize(1);
        return (String) found.get(0).fields().get("Id");
    }

    private long lastRun() {
        return jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
    }

    private Map<String, Long> outcomes(long run) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT outcome, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY outcome",
                rs -> { counts.put(rs.getString(1), rs.getLong(2)); }, run);
        return counts;
    }

    /** line, outcome, record type, Salesforce id and warning codes of a run's rows. */
    private List<String> rows(long run) {
        return jdbc.query("SELECT line_no, outcome, record_type, salesforce_id, warnings_json FROM row_outcome"
                + " WHERE run_id = ? ORDER BY line_no", (rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " "
                + rs.getString(3) + " " + rs.getString(4) + " " + codes(rs.getString(5)), run);
    }

    /** line, code, fields and message of a run's skipped rows. */
    private List<String> skips(long run) {
        return jdbc.query("SELECT line_no, code, fields, message FROM row_outcome WHERE run_id = ? AND outcome = 'SKIPPED'"
                + " ORDER BY line_no", (rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                + rs.getString(4), run);
    }

    private static String codes(String warningsJson) {
        if (warningsJson == null) {
            return "null";
        }
        return java.util.regex.Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(warningsJson).results()
                .map(m -> m.group(1)).toList().toString();
    }
}
