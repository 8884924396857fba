package com.revealsync.run;

import com.revealsync.salesforce.bulk.BulkRates;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The orgs' Bulk paces in the app database ({@code bulk_pace}), one row per org and object, replaced
 * as the pace is learned again. Writes join the caller's transaction where there is one (a chunk's).
 */
@Repository
public class BulkPaceTable implements BulkRates.Store {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile String upsert;

    public BulkPaceTable(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Double find(String org, String object) {
        List<Double> found = jdbc.queryForList(
                "SELECT nanos_per_record FROM bulk_pace WHERE org_url = ? AND object_name = ?", Double.class, org, object);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * One statement that inserts or replaces: on PostgreSQL a failed insert (another run keeping the
     * same pace first) would abort the caller's transaction, the chunk's, so none is tried.
     */
    @Override
    public void keep(String org, String object, double nanosPerRecord) {
        jdbc.update(upsert(), org, object, nanosPerRecord, Timestamp.from(clock.instant()));
    }

    private String upsert() {
        String sql = upsert;
        if (sql == null) {
            sql = AppDatabase.postgres(jdbc)
                    ? "INSERT INTO bulk_pace (org_url, object_name, nanos_per_record, learned_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (org_url, object_name) DO UPDATE SET nanos_per_record = EXCLUDED.nanos_per_record,"
                            + " learned_at = EXCLUDED.learned_at"
                    : "MERGE INTO bulk_pace (org_url, object_name, nanos_per_record, learned_at) KEY (org_url, object_name)"
                            + " VALUES (?, ?, ?, ?)";
            upsert = sql;
        }
        return sql;
    }
}
