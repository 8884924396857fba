package com.revealsync.salesforce.bulk;

import java.time.Duration;

/**
 * Bulk API v1 batching and waiting.
 *
 * @param maxRecordsPerBatch at most 10,000 (Salesforce's limit)
 * @param maxBytesPerBatch at most 10,000,000 (Salesforce: 10 MB and 10,000,000 characters)
 * @param pollInitialDelay the first wait before asking for the batches' states
 * @param pollMaxDelay the longest wait between two polls (each wait is 1.5 times the last)
 * @param jobTimeout how long to wait for a job's batches before giving up on it
 */
public record BulkSettings(int maxRecordsPerBatch, long maxBytesPerBatch, Duration pollInitialDelay,
                           Duration pollMaxDelay, Duration jobTimeout) {

    public static final int MAX_RECORDS = 10_000;
    public static final long MAX_BYTES = 10_000_000L;

    public static final BulkSettings DEFAULTS = new BulkSettings(MAX_RECORDS, MAX_BYTES, Duration.ofMillis(500),
            Duration.ofSeconds(10), Duration.ofMinutes(30));

    public BulkSettings {
        if (maxRecordsPerBatch < 1 || maxRecordsPerBatch > MAX_RECORDS) {
            throw new IllegalArgumentException("a Bulk batch holds 1 to 10,000 records, got " + maxRecordsPerBatch);
        }
        if (maxBytesPerBatch < 1024 || maxBytesPerBatch > MAX_BYTES) {
            throw new IllegalArgumentException("a Bulk batch holds 1 KB to 10 MB, got " + maxBytesPerBatch + " bytes");
        }
        if (pollInitialDelay.toMillis() < 1 || pollMaxDelay.compareTo(pollInitialDelay) < 0 || jobTimeout.isNegative()
                || jobTimeout.isZero()) {
            throw new IllegalArgumentException("Bulk polling needs 1 ms <= poll-initial-delay <= poll-max-delay"
                    + " and a positive job-timeout");
        }
    }

    /** The poll wait after {@code delay}: 1.5 times longer, at most {@link #pollMaxDelay}. */
    public Duration nextPoll(Duration delay) {
        Duration longer = Duration.ofMillis((long) (delay.toMillis() * 1.5));
        return longer.compareTo(pollMaxDelay) <= 0 ? longer : pollMaxDelay;
    }
}
