package com.revealsync.report;

import java.util.List;

/**
 * The runs a report covers and how the admin asked for them ("run 42", "the last run",
 * "runs since 2025-06-02 00:00"). {@code runs} is ordered by start time; it may be empty for a
 * period in which nothing ran.
 */
public record ReportScope(String description, List<RunInfo> runs) {

    public ReportScope {
        runs = List.copyOf(runs);
    }

    public List<Long> runIds() {
        return runs.stream().map(RunInfo::runId).toList();
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }
}
