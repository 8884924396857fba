package com.revealsync.fingerprint;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code org_watermark} table: per org, the last sync run that kept fingerprints ({@link Watermark}). */
@Repository
public class OrgWatermarks {

    private final JdbcTemplate jdbc;

    public OrgWatermarks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Watermark> find(String orgId) {
        List<Watermark> found = jdbc.query("SELECT started_ms, finished_ms, user_ids FROM org_watermark WHERE org_id = ?",
                (rs, n) -> {
                    long finished = rs.getLong(2);
                    boolean unfinished = rs.wasNull();
                    return new Watermark(Instant.ofEpochMilli(rs.getLong(1)),
                            unfinished ? null : Instant.ofEpochMilli(finished),
                            new TreeSet<>(Arrays.asList(rs.getString(3).split(","))));
                }, orgId);
        return found.stream().findFirst();
    }

    /** A run starts keeping fingerprints for the org: it has not finished yet. */
    public void started(String orgId, Instant started, Collection<String> userIds) {
        jdbc.update("DELETE FROM org_watermark WHERE org_id = ?", orgId);
        jdbc.update("INSERT INTO org_watermark (org_id, started_ms, finished_ms, user_ids) VALUES (?, ?, NULL, ?)",
                orgId, started.toEpochMilli(), String.join(",", new TreeSet<>(userIds)));
    }

    /** The run that started at {@code started} has written its last record by {@code finished}. */
    public void finished(String orgId, Instant started, Instant finished, Collection<String> userIds) {
        jdbc.update("UPDATE org_watermark SET finished_ms = ?, user_ids = ? WHERE org_id = ? AND started_ms = ?",
                finished.toEpochMilli(), String.join(",", new TreeSet<>(userIds)), orgId, started.toEpochMilli());
    }
}
