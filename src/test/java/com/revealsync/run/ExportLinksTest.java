package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RowRef;
import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The (Lusha id, Salesforce id) pairs the sync remembers: written with the outcomes, each pair
 * once, read back per Lusha id; and filled once from the rows of runs made before the table
 * existed. On H2 and on PostgreSQL.
 */
class ExportLinksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void outcomesAddTheirExportedPairsOnceOnH2() {
        pairsFromOutcomes(TestDatabases.h2());
    }

    @Test
    void outcomesAddTheirExportedPairsOnceOnPostgreSQL() {
        onPostgres("links", this::pairsFromOutcomes);
    }

    @Test
    void aDatabaseOfEarlierRunsIsMigratedOnceOnH2() {
        migration(TestDatabases.h2(), "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE LOWER(INDEX_NAME) = 'row_outcome_lusha_id'");
    }

    @Test
    void aDatabaseOfEarlierRunsIsMigratedOnceOnPostgreSQL() {
        onPostgres("linkmig", ds -> migration(ds,
                "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'row_outcome_lusha_id' AND schemaname = current_schema()"));
    }

    private void pairsFromOutcomes(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ExportLinks links = new ExportLinks(jdbc);
        OutcomeStore store = new OutcomeStore(jdbc, CLOCK, links);
        store.saveAll(1, List.of(
                outcome(1, "L-1", Outcome.CREATED, "00Q000000000001AAA"),
                outcome(2, "L-2", Outcome.UPDATED, "003000000000002AAA"),
                outcome(3, "L-3", Outcome.SKIPPED, null),
                outcome(4, "L-4", Outcome.FAILED, "00Q000000000004AAA"),
                outcome(5, "L-1", Outcome.UNCHANGED, "00Q000000000001AAA"),
                outcome(6, null, Outcome.CREATED, "00Q000000000006AAA")));
        store.saveAll(2, List.of(
                outcome(1, "L-1", Outcome.UNCHANGED, "00Q000000000001AAA"),
                outcome(2, "L-2", Outcome.CREATED, "00Q000000000009AAA")));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_link", Integer.class)).isEqualTo(3);
        Map<String, List<String>> found = links.find(List.of("L-1", "L-2", "L-3", "L-4", "L-5"));
        assertThat(found).containsOnlyKeys("L-1", "L-2");
        assertThat(found.get("L-1")).containsExactly("00Q000000000001AAA");
        assertThat(found.get("L-2")).containsExactlyInAnyOrder("003000000000002AAA", "00Q000000000009AAA");

        List<RowOutcome> many = new ArrayList<>();
        IntStream.range(0, 450).forEach(i -> many.add(outcome(100 + i, "M-" + i, Outcome.CREATED, id(i))));
        store.saveAll(3, many);
        assertThat(links.find(many.stream().map(RowOutcome::lushaId).toList())).as("more ids than one IN list").hasSize(450);
    }

    @Test
    void pairsJustReadAreNotSentAgainAndTheNextChunkSendsItsOwn() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
        ExportLinks links = new ExportLinks(jdbc);
        ExportLinks.Link known = new ExportLinks.Link("L-1", "00Q000000000001AAA");
        ExportLinks.Link fresh = new ExportLinks.Link("L-2", "00Q000000000002AAA");
        links.add(List.of(known));
        links.find(List.of("L-1"));
        jdbc.update("DELETE FROM export_link"); // only to see which pairs the next add sends

        links.add(List.of(known, fresh));
        assertThat(jdbc.queryForList("SELECT lusha_id FROM export_link", String.class)).as("the pair find read is skipped")
                .containsExactly("L-2");

        links.add(List.of(known));
        assertThat(jdbc.queryForList("SELECT lusha_id FROM export_link ORDER BY lusha_id", String.class))
                .as("what add skipped once it sends next time").containsExactly("L-1", "L-2");
    }

    private void migration(DataSource dataSource, String countOldIndex) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE INDEX row_outcome_lusha_id ON row_outcome (lusha_id)"); // as databases made before
        insertOldRow(jdbc, 1, 1, "L-1", "CREATED", "00Q000000000001AAA");
        insertOldRow(jdbc, 2, 1, "L-1", "UNCHANGED", "00Q000000000001AAA");
        insertOldRow(jdbc, 2, 2, "L-2", "FAILED", "00Q000000000002AAA");
        insertOldRow(jdbc, 2, 3, "L-3", "SKIPPED", null);
        insertOldRow(jdbc, 2, 4, "L-4", "UPDATED", "003000000000004AAA");
        ExportLinkMigration migration = new ExportLinkMigration(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), CLOCK);

        assertThat(migration.migrate()).isTrue();
        assertThat(jdbc.queryForList("SELECT lusha_id || ' ' || salesforce_id FROM export_link", String.class))
                .containsExactlyInAnyOrder("L-1 00Q000000000001AAA", "L-4 003000000000004AAA");
        assertThat(jdbc.queryForObject(countOldIndex, Integer.class)).as("the old index is dropped").isZero();

        insertOldRow(jdbc, 3, 1, "L-5", "CREATED", "00Q000000000005AAA");
        assertThat(migration.migrate()).as("done once").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM export_link", Integer.class)).isEqualTo(2);
    }

    private static void insertOldRow(JdbcTemplate jdbc, long run, long line, String lushaId, String outcome, String id) {
        jdbc.update("INSERT INTO row_outcome (run_id, source_file, line_no, lusha_id, outcome, salesforce_id, recorded_at)"
                + " VALUES (?, 'old.csv', ?, ?, ?, ?, CURRENT_TIMESTAMP)", run, line, lushaId, outcome, id);
    }

    private static RowOutcome outcome(long line, String lushaId, Outcome outcome, String salesforceId) {
        return new RowOutcome(new RowRef("batch.csv", line), lushaId, "rep@acme.example", "Lead", outcome, salesforceId,
                null, null, null, null, null, Map.of());
    }

    private static String id(int i) {
        return String.format("00Q%015d", i);
    }

    private static void onPostgres(String prefix, Consumer<DataSource> test) {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres(prefix)) {
            TestDatabases.createAppTables(schema.dataSource());
            test.accept(schema.dataSource());
        }
    }
}
