package com.revealsync.report;

import com.revealsync.cli.UserError;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Turns a {@link ReportSelection} into the runs of {@code sync_run} it covers. */
public final class RunSelector {

    private static final String COLUMNS =
            "SELECT run_id, job_name, status, started_at, finished_at, target, retry_of FROM sync_run ";

    private final JdbcTemplate jdbc;

    public RunSelector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The scope of the selection. A named run that does not exist, or {@code --last} with no run
     * at all, is the user's mistake; a period in which nothing ran is an empty (but valid) report.
     */
    public ReportScope resolve(ReportSelection selection) {
        if (selection instanceof ReportSelection.Run run) {
            List<RunInfo> runs = jdbc.query(COLUMNS + "WHERE run_id = ?", RunSelector::map, run.runId());
            if (runs.isEmpty()) {
                throw new UserError("run " + run.runId() + " does not exist (see the runs with `report --last`"
                        + " or `report --since 7d`)");
            }
            return new ReportScope("run " + run.runId(), runs);
        }
        if (selection instanceof ReportSelection.Since since) {
            return new ReportScope("runs since " + since.label(), jdbc.query(
                    COLUMNS + "WHERE started_at >= ? ORDER BY started_at, run_id", RunSelector::map, since.from()));
        }
        List<RunInfo> runs = jdbc.query(COLUMNS + "ORDER BY started_at DESC, run_id DESC LIMIT 1", RunSelector::map);
        if (runs.isEmpty()) {
            throw new UserError("there is no run yet: run `sync` first");
        }
        return new ReportScope("last run (" + runs.get(0).runId() + ")", runs);
    }

    private static RunInfo map(ResultSet rs, int row) throws SQLException {
        return new RunInfo(rs.getLong("run_id"), rs.getString("job_name"), rs.getString("status"),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class),
                rs.getString("target"), rs.getObject("retry_of", Long.class));
    }
}
