package com.revealsync.report;

import com.revealsync.run.Outcome;
import com.revealsync.run.OutcomeStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs' rows per run and outcome, as {@link OutcomeStore#counts} gives them (the counters the
 * sync keeps as it stores a run's rows, or one pass over the rows of a run recorded before them),
 * and what the page shows of those counts: the totals and the rows per run or per day. The figures
 * on SKIPPED and FAILED rows come from {@link ErrorGroups}. A run maps only the outcomes it has.
 */
record RunCounts(Map<Long, Map<Outcome, Long>> byRun) {

    static RunCounts of(OutcomeStore outcomes, List<Long> runs) {
        Map<Long, Map<Outcome, Long>> byRun = new HashMap<>();
        for (long run : runs) {
            Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
            outcomes.counts(run).byOutcome().forEach((outcome, n) -> {
                if (n > 0) {
                    counts.put(outcome, n);
                }
            });
            if (!counts.isEmpty()) {
                byRun.put(run, counts);
            }
        }
        return new RunCounts(byRun);
    }

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
