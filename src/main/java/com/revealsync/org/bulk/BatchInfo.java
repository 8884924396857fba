package com.revealsync.org.bulk;

import java.time.Instant;

/** A batch's status as {@code GET job/{id}/batch/{bid}} reports it. stateMessage is null unless it failed. */
public record BatchInfo(String id, String jobId, BatchState state, String stateMessage, Instant createdDate,
                        Instant systemModstamp, int recordsProcessed, int recordsFailed,
                        long totalProcessingTime, long apiActiveProcessingTime) {
}
