package com.revealsync.backfill;

import static com.revealsync.backfill.BackfillFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RowRef;
import com.revealsync.run.ExportLinks;
import com.revealsync.run.Outcome;
import com.revealsync.run.OutcomeStore;
import com.revealsync.run.RowOutcome;
import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finding the Lusha data of org records among the rows earlier runs stored, in the app database (H2,
 * and once on the PostgreSQL of {@link TestDatabases}).
 */
class StoredRowsTest {

    JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
    StoredRows rows = new StoredRows(jdbc);
    long time = 0;

    /** A row of run {@code run} (a job of {@code job}), as the sync stores it. */
    void stored(long run, String job, String lushaId, String email, String salesforceId, String accountId, String city) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM sync_run WHERE run_id = ?", Long.class, run) == 0) {
            jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at) VALUES (?, ?, 'COMPLETED', CURRENT_TIMESTAMP)",
                    run, job);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("Lusha ID", lushaId);
        columns.put("Email 1", email);
        columns.put("contact_city", city);
        OutcomeStore store = new OutcomeStore(jdbc, Clock.fixed(Instant.ofEpochSecond(++time), ZoneOffset.UTC),
                new ExportLinks(jdbc));
        store.saveAll(run, List.of(new RowOutcome(new RowRef("batch-" + run + ".csv", time + 1), lushaId, "rep@acme.example",
                "Lead", Outcome.CREATED, salesforceId, accountId, null, null, List.of(), List.of(), columns)));
    }

    @Test
    void theSameLookupsWorkOnPostgreSQL() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("backfill")) {
            TestDatabases.createAppTables(schema.dataSource());
            jdbc = new JdbcTemplate(schema.dataSource());
            rows = new StoredRows(jdbc);
            aRecordIsMatchedByItsIdBeforeItsLushaIdBeforeItsEmailNewestFirst();
        }
    }

    @Test
    void aRecordIsMatchedByItsIdBeforeItsLushaIdBeforeItsEmailNewestFirst() {
        stored(1, "nightlySync", "L-1", "ann@acme.example", "00Q000000000001AAA", null, "Old City");
        stored(2, "nightlySync", "L-1", "ann@acme.example", "00Q000000000001AAA", null, "New City");
        stored(3, "nightlySync", "L-2", "bob@acme.example", null, null, "Bob City");
        stored(4, "nightlySync", "L-9", "cy@acme.example", null, null, "Cy City");

        Map<String, LushaData> found = rows.find(RecordType.Lead, List.of(
                record(RecordType.Lead, "00Q000000000001AAA", "Lusha_Id__c", "L-2"),
                record(RecordType.Lead, "00Q000000000002AAA", "Lusha_Id__c", "L-2", "Email", "cy@acme.example"),
                record(RecordType.Lead, "00Q000000000003AAA", "Email", "CY@Acme.example"),
                record(RecordType.Lead, "00Q000000000004AAA", "Email", "nobody@acme.example")));

        assertThat(found.get("00Q000000000001AAA").matchedBy()).isEqualTo("Salesforce id");
        assertThat(found.get("00Q000000000001AAA").contacts()).extracting(c -> c.get(LushaField.CONTACT_CITY))
                .containsExactly("New City", "Old City");
        assertThat(found.get("00Q000000000001AAA").origins().get(0)).startsWith("run 2, batch-2.csv:");
        assertThat(found.get("00Q000000000002AAA").matchedBy()).isEqualTo("Lusha id");
        assertThat(found.get("00Q000000000002AAA").newest().get(LushaField.CONTACT_CITY)).isEqualTo("Bob City");
        assertThat(found.get("00Q000000000003AAA").matchedBy()).isEqualTo("email");
        assertThat(found.get("00Q000000000003AAA").newest().lushaId()).isEqualTo("L-9");
        assertThat(found).doesNotContainKey("00Q000000000004AAA");
    }

    @Test
    void anAccountIsMatchedByTheRowsWhoseContactWentToItAndBackfillRowsAreNotLushaData() {
        stored(1, "nightlySync", "C-1", "dee@acme.example", "003000000000001AAA", "001000000000001AAA", "Acme City");
        stored(2, LinkedinBackfillJobConfiguration.JOB, "C-1", "dee@acme.example", "001000000000001AAA", null, "Echo");

        Map<String, LushaData> found = rows.find(RecordType.Account, List.of(record(RecordType.Account, "001000000000001AAA")));

        assertThat(found.get("001000000000001AAA").contacts()).singleElement()
                .satisfies(c -> assertThat(c.get(LushaField.CONTACT_CITY)).isEqualTo("Acme City"));
    }
}
