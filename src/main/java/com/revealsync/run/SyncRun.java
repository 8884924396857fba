package com.revealsync.run;

import java.time.Instant;

/** One run of a job as the app database records it. */
public record SyncRun(long runId, String jobName, String status, Instant startedAt, Instant finishedAt,
                      String target, String parameters, Long retryOf) {
}
