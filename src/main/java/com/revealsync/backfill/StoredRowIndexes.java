package com.revealsync.backfill;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes {@link StoredRows} looks stored rows up by (Lusha id, Salesforce id, Account id, email), built
 * for a backfill's run and dropped after it. The nightly sync inserts every row it reads into
 * {@code row_outcome}; keeping these four random-key indexes up to date row by row cost it more
 * than its own work, while building them at once is one sort per index and the backfill runs
 * seldom. Should two backfills overlap, the first to end drops the indexes and the other goes on
 * with slower (not wrong) lookups.
 */
final class StoredRowIndexes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoredRowIndexes.class);
    private static final List<String> COLUMNS = List.of("lusha_id", "salesforce_id", "account_id", "email");

    private final JdbcTemplate jdbc;

    private StoredRowIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static StoredRowIndexes build(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        COLUMNS.forEach(c -> jdbc.execute("CREATE INDEX IF NOT EXISTS " + name(c) + " ON row_outcome (" + c + ")"));
        LOG.info("backfill: indexed the stored rows by {} in {} ms", COLUMNS, (System.nanoTime() - started) / 1_000_000);
        return new StoredRowIndexes(jdbc);
    }

    static String name(String column) {
        return "row_outcome_" + column;
    }

    @Override
    public void close() {
        for (String c : COLUMNS) {
            try {
                jdbc.execute("DROP INDEX IF EXISTS " + name(c));
            } catch (DataAccessException e) {
                LOG.warn("backfill: the index {} could not be dropped ({}); the next backfill drops it", name(c),
                        e.getMostSpecificCause().getMessage());
            }
        }
    }
}
