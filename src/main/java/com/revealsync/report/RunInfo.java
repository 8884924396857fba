package com.revealsync.report;

import java.time.LocalDateTime;

/** One row of {@code sync_run}: a run of one of the pipeline's jobs. */
public record RunInfo(long runId, String jobName, String status, LocalDateTime startedAt,
                      LocalDateTime finishedAt, String target, Long retryOf) {

    /** True when the run went to the embedded Salesforce-compatible org, not to Salesforce. */
    public boolean embedded() {
        return target != null && target.toLowerCase(java.util.Locale.ROOT).contains("embedded");
    }
}
