package com.revealsync.report;

import com.revealsync.run.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The runs' rows counted per run and outcome (portable H2 / PostgreSQL SQL), and what the page shows
 * of those counts: the totals and the rows per run or per day. The figures on SKIPPED and FAILED
 * rows come from {@link ErrorGroups}.
 */
final class ReportQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** Rows per run and outcome. */
    record Counts(Map<Long, Map<Outcome, Long>> byRun) {

        Map<Outcome, Long> totals() {
            Map<Outcome, Long> totals = new EnumMap<>(Outcome.class);
            byRun.values().forEach(run -> run.forEach((outcome, n) -> totals.merge(outcome, n, Long::sum)));
            return totals;
        }

        /** Rows per run, labelled with the run's id and start; a run without rows shows zeros. */
        List<ReportData.PeriodCount> perRun(ReportScope scope) {
            return scope.runs().stream().map(run -> period("#" + run.runId(),
                    "run " + run.runId() + ", " + ReportFormat.dateTime(run.startedAt()),
                    byRun.getOrDefault(run.runId(), Map.of()))).toList();
        }

        /** Rows per day on which runs with rows started. */
        List<ReportData.PeriodCount> perDay(ReportScope scope) {
            Map<LocalDate, Map<Outcome, Long>> days = new TreeMap<>();
            for (RunInfo run : scope.runs()) {
                Map<Outcome, Long> counts = byRun.get(run.runId());
                if (counts != null) {
                    counts.forEach((outcome, n) -> days.computeIfAbsent(run.startedAt().toLocalDate(),
                            d -> new EnumMap<>(Outcome.class)).merge(outcome, n, Long::sum));
                }
            }
            List<ReportData.PeriodCount> periods = new ArrayList<>();
            days.forEach((day, counts) -> periods.add(period(day.toString().substring(5), day.toString(), counts)));
            return periods;
        }

        private static ReportData.PeriodCount period(String label, String title, Map<Outcome, Long> counts) {
            long exported = counts.getOrDefault(Outcome.CREATED, 0L) + counts.getOrDefault(Outcome.UPDATED, 0L)
                    + counts.getOrDefault(Outcome.UNCHANGED, 0L);
            return new ReportData.PeriodCount(label, title, exported, counts.getOrDefault(Outcome.SKIPPED, 0L),
                    counts.getOrDefault(Outcome.FAILED, 0L));
        }
    }

    /**
     * Counts the runs' rows: a run the sync counted as it stored its rows ({@code sync_run.outcome_counts},
     * table {@code run_outcome_count}) from its counters, any other from its rows. An outcome the
     * product does not write is left out, as before.
     */
    Counts counts(List<Long> runs) {
        Map<Long, Map<Outcome, Long>> byRun = new HashMap<>();
        List<Long> counted = jdbc.queryForList("SELECT run_id FROM sync_run WHERE run_id IN (:runs) AND outcome_counts = TRUE",
                new MapSqlParameterSource("runs", runs), Long.class);
        if (!counted.isEmpty()) {
            add(byRun, "SELECT run_id, outcome, SUM(n) n FROM run_outcome_count WHERE run_id IN (:runs)"
                    + " GROUP BY run_id, outcome", counted);
        }
        List<Long> rest = runs.stream().filter(run -> !counted.contains(run)).toList();
        if (!rest.isEmpty()) {
            add(byRun, "SELECT run_id, outcome, COUNT(*) n FROM row_outcome WHERE run_id IN (:runs)"
                    + " GROUP BY run_id, outcome", rest);
        }
        return new Counts(byRun);
    }

    private void add(Map<Long, Map<Outcome, Long>> byRun, String sql, List<Long> runs) {
        jdbc.query(sql, new MapSqlParameterSource("runs", runs), rs -> {
            Outcome outcome = known(rs.getString("outcome"));
            if (outcome != null) {
                byRun.computeIfAbsent(rs.getLong("run_id"), r -> new EnumMap<>(Outcome.class))
                        .merge(outcome, rs.getLong("n"), Long::sum);
            }
        });
    }

    private static Outcome known(String outcome) {
        for (Outcome known : Outcome.values()) {
            if (known.name().equals(outcome)) {
                return known;
            }
        }
        return null;
    }
}
