package com.revealsync.org.bulk2;

import java.time.Instant;

/** A Bulk API 2.0 job's status as {@code GET .../jobs/ingest/{id}} reports it. */
public record Job2Info(Job2Spec spec, Job2State state, Instant systemModstamp, int recordsProcessed,
                       int recordsFailed, long totalProcessingTime, String errorMessage) {
}
