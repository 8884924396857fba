package com.revealsync.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Which runs a report is for: one run, the most recent run, or every run started since a time. */
public sealed interface ReportSelection {

    record Run(long runId) implements ReportSelection {
    }

    record Last() implements ReportSelection {
    }

    /** Runs started at or after {@code from} (local time, as {@code sync_run.started_at} is stored). */
    record Since(LocalDateTime from) implements ReportSelection {
        public String label() {
            return from.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
    }
}
