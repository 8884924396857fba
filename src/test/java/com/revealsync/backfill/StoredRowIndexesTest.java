package com.revealsync.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app schema gives {@code row_outcome} no secondary index (the nightly sync needs none); the backfill's
 * lookup indexes exist while a backfill runs, on H2 and on PostgreSQL.
 */
class StoredRowIndexesTest {

    private static final List<String> BACKFILL_ONLY = List.of("row_outcome_lusha_id", "row_outcome_salesforce_id",
            "row_outcome_account_id", "row_outcome_email");

    @Test
    void theSchemaHasNoSecondaryIndexAndABackfillAddsItsIndexesForItsRunOnH2() {
        assertIndexesDuringABackfill(new JdbcTemplate(TestDatabases.h2()),
                "SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'ROW_OUTCOME'"
                        + " AND INDEX_TYPE_NAME <> 'PRIMARY KEY'");
    }

    @Test
    void theSameOnPostgreSQL() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("indexes")) {
            TestDatabases.createAppTables(schema.dataSource());
            assertIndexesDuringABackfill(new JdbcTemplate(schema.dataSource()),
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'row_outcome' AND schemaname = current_schema()"
                            + " AND indexname <> 'row_outcome_pkey'");
        }
    }

    /** {@code indexes}: the query listing row_outcome's secondary indexes, lower case. */
    private static void assertIndexesDuringABackfill(JdbcTemplate jdbc, String indexes) {
        assertThat(jdbc.queryForList(indexes, String.class)).isEmpty();
        try (StoredRowIndexes built = StoredRowIndexes.build(jdbc)) {
            assertThat(jdbc.queryForList(indexes, String.class)).containsExactlyInAnyOrderElementsOf(BACKFILL_ONLY);
        }
        assertThat(jdbc.queryForList(indexes, String.class)).as("dropped after the run").isEmpty();
    }
}
