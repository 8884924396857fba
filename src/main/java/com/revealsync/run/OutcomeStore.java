package com.revealsync.run;

import com.revealsync.lusha.LushaField;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores row outcomes in the app database, and the (Lusha id, Salesforce id) pairs they establish
 * ({@link ExportLinks}). Writes join the caller's transaction: in a chunk-oriented
 * step the outcomes of a chunk commit together with the chunk, so a restart never sees half of them.
 */
@Repository
public class OutcomeStore {

    private static final String INSERT = """
            INSERT INTO row_outcome (run_id, source_file, line_no, lusha_id, revealed_by, record_type, outcome,
                salesforce_id, account_id, code, message, fields, warnings_json, source_json, recorded_at, email)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Rows per JDBC batch. */
    static final int SLICE = 1000;

    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final ExportLinks links;
    private final OutcomeCounters counters;
    private final SourceJson sourceJson;

    public OutcomeStore(JdbcTemplate jdbc, Clock clock, ExportLinks links) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.links = links;
        this.counters = new OutcomeCounters(jdbc);
        this.sourceJson = new SourceJson(jdbc);
    }

    /**
     * Stores the outcomes in the caller's transaction, as JDBC batches of {@link #SLICE} rows: the
     * statement's parameters (each row's columns as JSON) are built and held for one slice at a
     * time, not for a whole Bulk chunk of tens of thousands of rows. A row's source columns are
     * stored in the compact form of {@link SourceJson}.
     */
    public void saveAll(long runId, List<RowOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        SourceJson.Writer sources = sourceJson.writer();
        for (int from = 0; from < outcomes.size(); from += SLICE) {
            List<RowOutcome> slice = outcomes.subList(from, Math.min(outcomes.size(), from + SLICE));
            List<Object[]> rows = new ArrayList<>(slice.size());
            for (RowOutcome o : slice) {
                rows.add(new Object[] {runId, o.source().file(), o.source().line(), o.lushaId(), o.revealedBy(),
                        o.recordType(), o.outcome().name(), o.salesforceId(), o.accountId(), o.code(),
                        truncate(o.message(), 4000), truncate(String.join(",", o.fields()), 1000),
                        o.warnings().isEmpty() ? null : json.writeValueAsString(o.warnings()),
                        sources.encode(o.sourceColumns()), now, email(o.sourceColumns())});
            }
            jdbc.batchUpdate(INSERT, rows);
        }
        links.add(ExportLinks.of(outcomes));
        counters.add(runId, outcomes);
    }

    /** A run's rows per outcome, and its skipped and failed rows per code (most frequent first). */
    public record Counts(Map<Outcome, Long> byOutcome, Map<String, Long> problemsByCode) {
    }

    /**
     * A run's counts: from its counters ({@link OutcomeCounters}), or, for a run recorded before
     * those existed, in one pass over its rows.
     */
    public Counts counts(long runId) {
        Map<Outcome, Map<String, Long>> byOutcomeAndCode = counters.read(runId).orElseGet(() -> scan(runId));
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        Map<String, Long> problems = new HashMap<>();
        for (Outcome o : Outcome.values()) {
            Map<String, Long> byCode = byOutcomeAndCode.getOrDefault(o, Map.of());
            byOutcome.put(o, byCode.values().stream().mapToLong(Long::longValue).sum());
            if (o.isProblem()) {
                byCode.forEach((code, n) -> problems.merge(String.valueOf(code), n, Long::sum));
            }
        }
        Map<String, Long> byCode = new LinkedHashMap<>();
        problems.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> byCode.put(e.getKey(), e.getValue()));
        return new Counts(byOutcome, byCode);
    }

    /** One pass over the run's rows ({@code row_outcome} keeps no index but its primary key, run first). */
    private Map<Outcome, Map<String, Long>> scan(long runId) {
        Map<Outcome, Map<String, Long>> counts = new EnumMap<>(Outcome.class);
        jdbc.query("SELECT outcome, code, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY outcome, code", rs -> {
            counts.computeIfAbsent(Outcome.valueOf(rs.getString(1)), k -> new HashMap<>())
                    .merge(rs.getString(2), rs.getLong(3), Long::sum);
        }, runId);
        return counts;
    }

    /** The row's Email 1, lower case, whichever header named it: later runs (the backfill) find rows by it. */
    static String email(Map<String, String> sourceColumns) {
        for (Map.Entry<String, String> column : sourceColumns.entrySet()) {
            if (LushaField.byName(column.getKey()).orElse(null) == LushaField.EMAIL_1) {
                String email = column.getValue() == null ? "" : column.getValue().strip().toLowerCase(Locale.ROOT);
                return email.isEmpty() || email.length() > 320 ? null : email;
            }
        }
        return null;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
