package com.revealsync.report;

import com.revealsync.run.SourceJson;
import java.util.List;
import java.util.function.Consumer;
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
 */
final class OutcomeCursor {

    static final int FETCH_SIZE = 500;

    private static final String COLUMNS = "SELECT run_id, source_file, line_no, lusha_id, revealed_by, record_type,"
            + " outcome, salesforce_id, code, message, fields, warnings_json, source_json FROM row_outcome ";
    private static final String ORDER = " ORDER BY run_id, source_file, line_no";

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

    /** Every SKIPPED and FAILED row of the runs, in run, file and line order. */
    void forEachError(List<Long> runs, Consumer<OutcomeRow> action) {
        stream(COLUMNS + "WHERE run_id IN (:runs) AND outcome IN ('SKIPPED', 'FAILED')" + ORDER, runs, action);
    }

    /**
     * The source columns of every SKIPPED and FAILED row as a JSON object, in the order of
     * {@link #forEachError}.
     */
    void forEachErrorSource(List<Long> runs, Consumer<String> action) {
        if (runs.isEmpty()) {
            return;
        }
        readOnly.executeWithoutResult(status -> jdbc.query("SELECT source_json FROM row_outcome"
                + " WHERE run_id IN (:runs) AND outcome IN ('SKIPPED', 'FAILED')" + ORDER,
                new MapSqlParameterSource("runs", runs), rs -> {
                    action.accept(sources.objectJson(rs.getString(1)));
                }));
    }

    /** Every row of the runs that carries warnings, whatever its outcome. */
    void forEachWithWarnings(List<Long> runs, Consumer<OutcomeRow> action) {
        stream(COLUMNS + "WHERE run_id IN (:runs) AND warnings_json IS NOT NULL" + ORDER, runs, action);
    }

    private void stream(String sql, List<Long> runs, Consumer<OutcomeRow> action) {
        if (runs.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("runs", runs);
        readOnly.executeWithoutResult(status -> jdbc.query(sql, params, rs -> {
            action.accept(new OutcomeRow(rs.getLong("run_id"), rs.getString("source_file"), rs.getLong("line_no"),
                    rs.getString("lusha_id"), rs.getString("revealed_by"), rs.getString("record_type"),
                    rs.getString("outcome"), rs.getString("salesforce_id"), rs.getString("code"),
                    rs.getString("message"), rs.getString("fields"), rs.getString("warnings_json"),
                    sources.objectJson(rs.getString("source_json"))));
        }));
    }
}
