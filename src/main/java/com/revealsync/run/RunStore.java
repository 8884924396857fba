package com.revealsync.run;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code sync_run} table: one row per run (a Spring Batch job instance; a restart continues it). */
@Repository
public class RunStore {

    private static final RowMapper<SyncRun> MAPPER = (rs, i) -> new SyncRun(rs.getLong("run_id"),
            rs.getString("job_name"), rs.getString("status"), rs.getTimestamp("started_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
            rs.getString("target"), rs.getString("parameters"),
            rs.getObject("retry_of") == null ? null : rs.getLong("retry_of"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RunStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the start of a run, or of a restart of it. */
    public void started(long runId, String jobName, String target, String parameters, Long retryOf) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("UPDATE sync_run SET status = 'STARTED', finished_at = NULL WHERE run_id = ?", runId);
        if (updated == 0) {
            // outcome_counts: this run's outcomes are counted as they are stored (OutcomeCounters)
            jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at, target, parameters, retry_of, outcome_counts) "
                    + "VALUES (?, ?, 'STARTED', ?, ?, ?, ?, TRUE)", runId, jobName, now, target, parameters, retryOf);
        }
    }

    public void finished(long runId, String status, String summaryJson) {
        jdbc.update("UPDATE sync_run SET status = ?, finished_at = ?, summary_json = ? WHERE run_id = ?",
                status, Timestamp.from(clock.instant()), summaryJson, runId);
    }

    public Optional<SyncRun> find(long runId) {
        List<SyncRun> runs = jdbc.query("SELECT * FROM sync_run WHERE run_id = ?", MAPPER, runId);
        return runs.stream().findFirst();
    }

    public Optional<SyncRun> last() {
        return jdbc.query("SELECT * FROM sync_run ORDER BY started_at DESC, run_id DESC LIMIT 1", MAPPER).stream().findFirst();
    }
}
