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
    private final Upsert upsert;

    public BulkPaceTable(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.upsert = new Upsert(jdbc, "bulk_pace", 2, "org_url", "object_name", "nanos_per_record", "learned_at");
    }

    @Override
    public Double find(String org, String object) {
        List<Double> found = jdbc.queryForList(
                "SELECT nanos_per_record FROM bulk_pace WHERE org_url = ? AND object_name = ?", Double.class, org, object);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Inserts or replaces in one statement ({@link Upsert}): another run may keep the same pace first. */
    @Override
    public void keep(String org, String object, double nanosPerRecord) {
        upsert.run(org, object, nanosPerRecord, Timestamp.from(clock.instant()));
    }
}
