package com.revealsync.run;

import com.revealsync.salesforce.bulk.BulkRates;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
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

    @Override
    public void keep(String org, String object, double nanosPerRecord) {
        Timestamp now = Timestamp.from(clock.instant());
        String update = "UPDATE bulk_pace SET nanos_per_record = ?, learned_at = ? WHERE org_url = ? AND object_name = ?";
        if (jdbc.update(update, nanosPerRecord, now, org, object) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO bulk_pace (org_url, object_name, nanos_per_record, learned_at) VALUES (?, ?, ?, ?)",
                    org, object, nanosPerRecord, now);
        } catch (DuplicateKeyException another) {
            jdbc.update(update, nanosPerRecord, now, org, object); // another run kept it meanwhile
        }
    }
}
