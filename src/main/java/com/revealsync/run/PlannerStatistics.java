package com.revealsync.run;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps PostgreSQL's planner statistics of the tables a sync fills and looks up in the same run
 * ({@code export_link}, {@code row_fingerprint}) up to date while they grow: a table is analyzed
 * once it holds half as many pages again as at its last analysis (and at least {@link #MIN_PAGES}),
 * its size read as it is now, not from statistics that lag. Nothing on H2, whose plans do not
 * depend on such statistics.
 *
 * <p>Why: a chunk looks its Lusha ids up 200 at a time ({@code lusha_id IN (...)}). Without
 * statistics PostgreSQL takes 200 values of a column for the whole table and reads all of it for
 * each lookup. Waiting for autovacuum is not enough: it analyzes a minute or more after the
 * changes, and not at all where it is off. Measured (BENCHMARKS.md, ninth session; autovacuum off):
 * a first run of 100,000 rows with PostgreSQL as the app database took 280.8 s wall, 485 of its
 * lookups reading the whole of {@code export_link}; 60.7 s with this.
 *
 * <p>The analysis runs in a transaction of its own (a chunk's transaction is suspended around it),
 * so its lock on the table is held only while it samples.
 */
@Component
public class PlannerStatistics {

    /** The tables analyzed, each read by the lookups of the chunks after it grew. */
    static final List<String> TABLES = List.of("export_link", "row_fingerprint");

    /** The smallest table worth an analysis, in 8 KB pages (~1,500 links, ~400 fingerprints). */
    static final long MIN_PAGES = 16;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private volatile Boolean postgres;

    public PlannerStatistics(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Analyzes the tables that changed enough since their last analysis; returns those it analyzed. */
    public List<String> refresh() {
        if (!postgres()) {
            return List.of();
        }
        return separate.execute(status -> {
            List<String> analyzed = new ArrayList<>();
            for (String table : TABLES) {
                if (due(table)) {
                    jdbc.execute("ANALYZE " + table);
                    analyzed.add(table);
                }
            }
            return analyzed;
        });
    }

    private boolean due(String table) {
        // relpages: the size at the last analysis (or vacuum); pg_relation_size: the size now
        List<long[]> found = jdbc.query("""
                SELECT c.relpages, pg_relation_size(c.oid) / current_setting('block_size')::int
                FROM pg_class c WHERE c.oid = to_regclass(?)""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, table);
        if (found.isEmpty()) {
            return false;
        }
        long analyzed = found.get(0)[0];
        long now = found.get(0)[1];
        return now >= MIN_PAGES && now >= analyzed + analyzed / 2;
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = AppDatabase.postgres(jdbc);
            postgres = known;
        }
        return known;
    }
}
