package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RowRef;
import com.revealsync.lusha.SourceColumns;
import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outcomes go in JDBC batches of {@link OutcomeStore#SLICE} rows: whatever the count, every row is
 * stored once, with its own values and its source columns read back. On H2 and PostgreSQL.
 */
class OutcomeStoreTest {

    private static final SourceColumns.Names HEADER = new SourceColumns.Names(List.of("lusha_id", "email_1", "job_title"));
    private static final int[] COUNTS = {1, 49, OutcomeStore.SLICE, OutcomeStore.SLICE + 57};

    @Test
    void storesEveryRowOnceWithItsOwnValuesOnH2() {
        storesEveryRowOnce(TestDatabases.h2());
    }

    @Test
    void storesEveryRowOnceWithItsOwnValuesOnPostgreSQL() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("outcomestore")) {
            TestDatabases.createAppTables(schema.dataSource());
            storesEveryRowOnce(schema.dataSource());
        }
    }

    private static void storesEveryRowOnce(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        OutcomeStore store = new OutcomeStore(jdbc, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new ExportLinks(jdbc));
        SourceJson sources = new SourceJson(jdbc);
        for (int run = 0; run < COUNTS.length; run++) {
            List<RowOutcome> rows = new ArrayList<>();
            for (int line = 2; line < COUNTS[run] + 2; line++) {
                rows.add(row(line, line % 3 == 0 ? Outcome.SKIPPED : Outcome.CREATED));
            }

            store.saveAll(run, rows);

            List<String> stored = jdbc.query("SELECT line_no, lusha_id, outcome, salesforce_id, code, email, source_json"
                    + " FROM row_outcome WHERE run_id = ? ORDER BY line_no", (rs, i) -> rs.getLong(1) + " " + rs.getString(2)
                    + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(6)
                    + " " + sources.columns(rs.getString(7)).get("job_title"), run);
            List<String> expected = rows.stream().map(o -> o.source().line() + " " + o.lushaId() + " " + o.outcome()
                    + " " + o.salesforceId() + " " + o.code() + " p" + o.source().line() + "@acme.example"
                    + " Title \"" + o.source().line() + "\"").toList();
            assertThat(stored).as("%d rows", COUNTS[run]).containsExactlyElementsOf(expected);
            assertThat(store.counts(run).byOutcome().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(COUNTS[run]);
        }
    }

    private static RowOutcome row(long line, Outcome outcome) {
        boolean skipped = outcome == Outcome.SKIPPED;
        return new RowOutcome(new RowRef("batch.csv", line), "L-" + line, "rep@acme.example", "Lead", outcome,
                skipped ? null : "00Q" + String.format("%012d", line) + "AAA", null, skipped ? "INVALID_VALUE" : null,
                skipped ? "why" : null, null, null,
                HEADER.row(List.of("L-" + line, "P" + line + "@acme.example", "Title \"" + line + "\"")));
    }
}
