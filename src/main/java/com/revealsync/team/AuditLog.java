package com.revealsync.team;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code audit_event} table. Callers write the record in the same transaction as the change it
 * describes, so a change is never without its record nor a record without its change.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String what, String target, String outcome, String detail) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, what, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(Instant.now()), actor, what, target, outcome, truncate(detail))
                .update();
    }

    /** A change that was made. */
    public void done(String actor, String what, String target, String detail) {
        record(actor, what, target, AuditEvent.DONE, detail);
    }

    /** The most recent events first. */
    public List<AuditEvent> recent(int limit) {
        return jdbc.sql("SELECT id, occurred_at, actor, what, target, outcome, detail FROM audit_event"
                        + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY")
                .param(limit)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
