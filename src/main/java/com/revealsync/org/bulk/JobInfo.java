package com.revealsync.org.bulk;

import java.time.Instant;

/** A job's status as {@code GET job/{id}} reports it (counters summed over its batches). */
public record JobInfo(JobSpec spec, JobState state, Instant systemModstamp,
                      int batchesQueued, int batchesInProgress, int batchesCompleted, int batchesFailed,
                      int batchesTotal, int recordsProcessed, int recordsFailed, long totalProcessingTime,
                      long apiActiveProcessingTime) {
}
