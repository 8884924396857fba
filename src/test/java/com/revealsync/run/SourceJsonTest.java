package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.lusha.RowRef;
import com.revealsync.lusha.SourceColumns;
import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows read from a file are stored as their header's key and their cells, the header once; every
 * reader gets each row's own columns back, in order, whatever form the row was stored in. On H2
 * and on PostgreSQL.
 */
class SourceJsonTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC);
    private static final SourceColumns.Names LUSHA = new SourceColumns.Names(List.of("lusha_id", "first_name", "email_1", "job_title"));
    private static final SourceColumns.Names OTHER = new SourceColumns.Names(List.of("Email", "Name"));

    @Test
    void rowsOfAFileAreStoredCompactOnH2() {
        storedAndReadBack(TestDatabases.h2());
    }

    @Test
    void rowsOfAFileAreStoredCompactOnPostgreSQL() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("sourcejson")) {
            TestDatabases.createAppTables(schema.dataSource());
            storedAndReadBack(schema.dataSource());
        }
    }

    @Test
    void aHeaderStoredByAChunkThatRolledBackIsStoredAgainByTheNext() {
        DataSource dataSource = TestDatabases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        OutcomeStore store = new OutcomeStore(jdbc, CLOCK, new ExportLinks(jdbc));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        tx.executeWithoutResult(status -> {
            store.saveAll(1, List.of(outcome(2, LUSHA.row(List.of("L-1", "Ada", "ada@acme.example", "CTO")))));
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_header", Integer.class)).isZero();

        tx.executeWithoutResult(status -> store.saveAll(1, List.of(outcome(2, LUSHA.row(List.of("L-1", "Ada", "ada@acme.example", "CTO"))))));
        assertThat(new SourceJson(jdbc).columns(stored(jdbc, 1, 2))).containsEntry("first_name", "Ada");
    }

    private void storedAndReadBack(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        OutcomeStore store = new OutcomeStore(jdbc, CLOCK, new ExportLinks(jdbc));
        List<RowOutcome> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(outcome(2 + i, LUSHA.row(List.of("L-" + i, "Zoë " + i, "p" + i + "@acme.example", i % 2 == 0 ? "" : "VP, \"Sales\""))));
        }
        rows.add(outcome(100, OTHER.row(List.of("x@beta.example", "X"))));
        Map<String, String> unread = new LinkedHashMap<>();
        unread.put("raw", "a line that could not be read, \"quoted\"");
        rows.add(outcome(101, unread));
        store.saveAll(1, rows.subList(0, 20));
        store.saveAll(1, rows.subList(20, rows.size()));
        store.saveAll(2, rows.subList(0, 5));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_header", Integer.class)).as("two headers, each once").isEqualTo(2);
        String compact = stored(jdbc, 1, 3);
        assertThat(compact).startsWith("[\"").doesNotContain("first_name");
        SourceJson sources = new SourceJson(jdbc);
        Map<String, String> row = sources.columns(compact);
        assertThat(List.copyOf(row.keySet())).containsExactly("lusha_id", "first_name", "email_1", "job_title");
        assertThat(row).containsEntry("first_name", "Zoë 1").containsEntry("job_title", "VP, \"Sales\"");
        assertThat(sources.columns(stored(jdbc, 1, 100))).containsExactly(Map.entry("Email", "x@beta.example"), Map.entry("Name", "X"));
        assertThat(sources.columns(stored(jdbc, 1, 101))).as("a row not read under a header keeps the object form")
                .isEqualTo(unread);
        assertThat(stored(jdbc, 1, 101)).startsWith("{");
        assertThat(sources.objectJson(compact)).isEqualTo(
                "{\"lusha_id\":\"L-1\",\"first_name\":\"Zoë 1\",\"email_1\":\"p1@acme.example\",\"job_title\":\"VP, \\\"Sales\\\"\"}");
        assertThat(sources.columns(null)).isEmpty();
        assertThat(sources.objectJson("[\"L-1007\",\"x\"]")).as("an array that is no stored row stays as it is")
                .isEqualTo("[\"L-1007\",\"x\"]");
        assertThat(sources.objectJson("[\"0123456789abcdef0123456789abcdef\",\"x\"]")).as("a key no header has")
                .isEqualTo("[\"0123456789abcdef0123456789abcdef\",\"x\"]");
        assertThat(sources.objectJson("[\"unterminated")).as("text that is no JSON at all").isEqualTo("[\"unterminated");
        assertThatThrownBy(() -> sources.columns("[\"L-1007\"]")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a row under a stored header");

        String objectForm = sources.objectJson(compact);
        assertThat(sources.columns(objectForm)).as("the object form of rows stored before")
                .isEqualTo(new LinkedHashMap<>(LUSHA.row(List.of("L-1", "Zoë 1", "p1@acme.example", "VP, \"Sales\""))));
    }

    @Test
    void aRowOfTheLushaExportTakesLessThanTwoThirdsOfItsObjectForm() {
        List<String> names = List.of("lusha_id", "revealed_by", "revealed_at", "export_as", "first_name", "last_name",
                "full_name", "email_1", "email_2", "email_1_type", "phone_1", "phone_2", "phone_1_type", "mobile_1", "mobile_2",
                "direct_phone_1", "direct_phone_2", "job_title", "seniority", "departments", "contact_linkedin_url",
                "contact_country", "contact_country_iso2", "contact_state", "contact_city", "company_id", "company_name",
                "company_description", "company_industry", "company_website", "company_number_of_employees",
                "company_annual_revenue", "company_linkedin_url", "company_country", "company_city", "list_name");
        List<String> cells = List.of("5lssw3myw18d", "dana@acme-sales.example", "2026-11-26T06:00:00Z", "Lead", "Siobhán",
                "Johnson", "Siobhán Johnson", "siobhan.johnson0@ivory-tower-security-13.example", "", "work", "089 5555 9214", "",
                "direct", "", "", "", "", "Senior Software Engineer", "Senior", "Engineering & Technical",
                "https://www.linkedin.com/in/siobhan-johnson-5lssw3", "Deutschland", "DE", "Bayern", "München", "2zqb8qbcfzjks",
                "Ivory Tower Security 13", "Ivory Tower Security 13 offers endpoint protection and SOC services.",
                "Computer & Network Security", "ivory-tower-security-13.example", "17212", "2541420000",
                "https://www.linkedin.com/company/ivory-tower-security-13", "Deutschland", "München", "Q4 Outbound");
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
        new OutcomeStore(jdbc, CLOCK, new ExportLinks(jdbc)).saveAll(1, List.of(outcome(2, new SourceColumns.Names(names).row(cells))));
        String compact = stored(jdbc, 1, 2);
        String objectForm = new SourceJson(jdbc).objectJson(compact);
        assertThat(compact.length()).as("compact %d characters, object %d", compact.length(), objectForm.length())
                .isLessThan(objectForm.length() * 2 / 3);
    }

    private static String stored(JdbcTemplate jdbc, long run, long line) {
        return jdbc.queryForObject("SELECT source_json FROM row_outcome WHERE run_id = ? AND line_no = ?", String.class, run, line);
    }

    private static RowOutcome outcome(long line, Map<String, String> columns) {
        return new RowOutcome(new RowRef("batch.csv", line), "L-" + line, "rep@acme.example", "Lead", Outcome.UNCHANGED,
                null, null, null, null, null, null, columns);
    }
}
