package com.revealsync.report;

import com.revealsync.run.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The report's aggregates, each one GROUP BY in the database (portable H2 / PostgreSQL SQL). */
final class ReportQueries {

    private static final String ERRORS = " FROM row_outcome WHERE run_id IN (:runs) AND outcome IN ('SKIPPED', 'FAILED')";
    private static final String SPLIT = split("outcome");

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    Map<Outcome, Long> totals(List<Long> runs) {
        Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
        jdbc.query("SELECT outcome, COUNT(*) n FROM row_outcome WHERE run_id IN (:runs) GROUP BY outcome", in(runs), rs -> {
            String outcome = rs.getString("outcome");
            for (Outcome known : Outcome.values()) {
                if (known.name().equals(outcome)) {
                    totals.put(known, rs.getLong("n"));
                }
            }
        });
        return totals;
    }

    List<ReportData.CodeCount> byCode(List<Long> runs) {
        return jdbc.query("SELECT outcome, code, COUNT(*) n, COUNT(DISTINCT revealed_by) users" + ERRORS
                        + " GROUP BY outcome, code ORDER BY n DESC, code", in(runs),
                (rs, i) -> new ReportData.CodeCount(rs.getString("outcome"), rs.getString("code"), rs.getLong("n"),
                        rs.getLong("users")));
    }

    List<ReportData.UserCount> byUser(List<Long> runs) {
        // an unreadable row has no user (NULL) or an empty one: one "(none)" bar for both
        return jdbc.query("SELECT COALESCE(revealed_by, '') revealed_by, " + SPLIT + ERRORS
                        + " GROUP BY COALESCE(revealed_by, '') ORDER BY COUNT(*) DESC, COALESCE(revealed_by, '')",
                in(runs), (rs, i) -> new ReportData.UserCount(rs.getString("revealed_by"), rs.getLong("skipped"),
                        rs.getLong("failed")));
    }

    /** Rows per run, labelled with the run's id and start. */
    List<ReportData.PeriodCount> perRun(ReportScope scope) {
        Map<Long, ReportData.PeriodCount> counts = new LinkedHashMap<>();
        jdbc.query("SELECT run_id, " + SPLIT + " FROM row_outcome WHERE run_id IN (:runs) GROUP BY run_id",
                in(scope.runIds()), rs -> {
                    counts.put(rs.getLong("run_id"), period(rs, null, null));
                });
        return scope.runs().stream().map(run -> {
            ReportData.PeriodCount count = counts.get(run.runId());
            String label = "#" + run.runId();
            String title = "run " + run.runId() + ", " + ReportFormat.dateTime(run.startedAt());
            return count == null ? new ReportData.PeriodCount(label, title, 0, 0, 0)
                    : new ReportData.PeriodCount(label, title, count.exported(), count.skipped(), count.failed());
        }).toList();
    }

    /** Rows per day on which runs started. */
    List<ReportData.PeriodCount> perDay(List<Long> runs) {
        return jdbc.query("SELECT CAST(r.started_at AS DATE) run_day, " + split("o.outcome")
                        + " FROM row_outcome o JOIN sync_run r ON r.run_id = o.run_id WHERE o.run_id IN (:runs)"
                        + " GROUP BY CAST(r.started_at AS DATE) ORDER BY run_day", in(runs),
                (rs, i) -> {
                    LocalDate day = rs.getObject("run_day", LocalDate.class);
                    return period(rs, day.toString().substring(5), day.toString());
                });
    }

    List<ReportData.ReconnectUser> reconnect(List<Long> runs) {
        return jdbc.query("SELECT revealed_by, code, COUNT(*) n, MAX(recorded_at) last_seen" + ERRORS
                        + " AND code IN (:connection) GROUP BY revealed_by, code ORDER BY n DESC, revealed_by",
                in(runs).addValue("connection", KnownCodes.CONNECTION),
                (rs, i) -> new ReportData.ReconnectUser(rs.getString("revealed_by"), rs.getString("code"),
                        rs.getLong("n"), rs.getObject("last_seen", LocalDateTime.class)));
    }

    List<ReportData.Problem> problems(List<Long> runs, int limit) {
        return jdbc.query("SELECT outcome, code, fields, COUNT(*) n, COUNT(DISTINCT revealed_by) users,"
                        + " MIN(message) example, MIN(revealed_by) some_user" + ERRORS
                        + " GROUP BY outcome, code, fields ORDER BY n DESC, code, fields LIMIT :limit",
                in(runs).addValue("limit", limit),
                (rs, i) -> new ReportData.Problem(rs.getString("outcome"), rs.getString("code"), rs.getString("fields"),
                        rs.getLong("n"), rs.getLong("users"), rs.getString("example"),
                        rs.getLong("users") == 1 ? rs.getString("some_user") : null));
    }

    /** The first {@code limit} SKIPPED and FAILED rows for the page's table: FAILED first. */
    List<OutcomeRow> errorRows(List<Long> runs, int limit) {
        return jdbc.query("SELECT run_id, source_file, line_no, lusha_id, revealed_by, record_type, outcome,"
                        + " salesforce_id, code, message, fields" + ERRORS
                        + " ORDER BY CASE outcome WHEN 'FAILED' THEN 0 ELSE 1 END, run_id, source_file, line_no"
                        + " LIMIT :limit", in(runs).addValue("limit", limit),
                (rs, i) -> new OutcomeRow(rs.getLong("run_id"), rs.getString("source_file"), rs.getLong("line_no"),
                        rs.getString("lusha_id"), rs.getString("revealed_by"), rs.getString("record_type"),
                        rs.getString("outcome"), rs.getString("salesforce_id"), rs.getString("code"),
                        rs.getString("message"), rs.getString("fields"), null, null));
    }

    private static ReportData.PeriodCount period(ResultSet rs, String label, String title) throws SQLException {
        return new ReportData.PeriodCount(label, title, rs.getLong("exported"), rs.getLong("skipped"),
                rs.getLong("failed"));
    }

    /** Counts of exported (created, updated, unchanged), skipped and failed rows. */
    private static String split(String outcome) {
        return "SUM(CASE WHEN " + outcome + " IN ('CREATED', 'UPDATED', 'UNCHANGED') THEN 1 ELSE 0 END) exported,"
                + " SUM(CASE WHEN " + outcome + " = 'SKIPPED' THEN 1 ELSE 0 END) skipped,"
                + " SUM(CASE WHEN " + outcome + " = 'FAILED' THEN 1 ELSE 0 END) failed";
    }

    private static MapSqlParameterSource in(List<Long> runs) {
        return new MapSqlParameterSource("runs", runs);
    }
}
