package com.revealsync.report;

import com.revealsync.run.SourceJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams {@code row_outcome} rows through a JDBC cursor, {@value #FETCH_SIZE} rows at a time, so a
 * report on a million rows holds one page in memory, never the whole run. The query runs inside a
 * read-only transaction: PostgreSQL's driver only uses a cursor (honours the fetch size) when
 * auto-commit is off.
 *
 * <p>A report reads the runs' rows once ({@link #forEachErrorOrWarning}): with no index on the
 * outcome, any query of them reads every row of the runs, whatever it selects.
 */
final class OutcomeCursor {

    static final int FETCH_SIZE = 500;

    private static final String ERRORS_OR_WARNINGS = "SELECT run_id, source_file, line_no, lusha_id, revealed_by,"
            + " record_type, outcome, salesforce_id, code, message, fields, warnings_json, source_json, recorded_at"
            + " FROM row_outcome WHERE run_id IN (:runs) AND (outcome IN ('SKIPPED', 'FAILED') OR warnings_json IS NOT NULL)"
            + " ORDER BY run_id, source_file, line_no";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final SourceJson sources;

    OutcomeCursor(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.readOnly.setReadOnly(true);
        this.sources = new SourceJson(template);
    }

    /**
     * Every row of the runs that is SKIPPED or FAILED or carries warnings (whatever its outcome), with
     * its source columns (a JSON object) and the time it was recorded, in run, file and line order.
     */
    void forEachErrorOrWarning(List<Long> runs, BiConsumer<OutcomeRow, LocalDateTime> action) {
        if (runs.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("runs", runs);
        readOnly.executeWithoutResult(status -> jdbc.query(ERRORS_OR_WARNINGS, params, rs -> {
            action.accept(row(rs), rs.getObject("recorded_at", LocalDateTime.class));
        }));
    }

    /** Whether a row is one of errors.csv's: SKIPPED or FAILED. */
    static boolean isError(OutcomeRow row) {
        return "SKIPPED".equals(row.outcome()) || "FAILED".equals(row.outcome());
    }

    private OutcomeRow row(ResultSet rs) throws SQLException {
        return new OutcomeRow(rs.getLong("run_id"), rs.getString("source_file"), rs.getLong("line_no"),
                rs.getString("lusha_id"), rs.getString("revealed_by"), rs.getString("record_type"),
                rs.getString("outcome"), rs.getString("salesforce_id"), rs.getString("code"),
                rs.getString("message"), rs.getString("fields"), rs.getString("warnings_json"),
                sources.objectJson(rs.getString("source_json")));
    }
}
