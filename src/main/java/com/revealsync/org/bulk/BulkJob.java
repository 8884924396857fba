package com.revealsync.org.bulk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Bulk API v1 job: its spec, its state (Open until closed or aborted) and its batches in upload
 * order. Thread-safe.
 */
public final class BulkJob {

    private final JobSpec spec;
    private final Clock clock;
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private JobState state = JobState.Open;
    private Instant systemModstamp;

    BulkJob(JobSpec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
        this.systemModstamp = spec.createdDate();
    }

    public JobSpec spec() {
        return spec;
    }

    /** @throws BulkApiException InvalidJobState unless the job is Open */
    synchronized void add(Batch batch) {
        if (state != JobState.Open) {
            throw BulkApiException.invalidJobState("Job " + spec.id() + " is " + state
                    + ": batches can only be added to an Open job");
        }
        batches.put(batch.id(), batch);
        systemModstamp = clock.instant();
    }

    synchronized void close() {
        if (state != JobState.Open) {
            throw BulkApiException.invalidJobState("Job " + spec.id() + " is " + state + " and cannot be closed: only an Open job can");
        }
        state = JobState.Closed;
        systemModstamp = clock.instant();
    }

    /** Aborts the job; its queued batches become NotProcessed, those in progress run to the end. */
    synchronized void abort() {
        if (state == JobState.Aborted || state == JobState.Failed) {
            throw BulkApiException.invalidJobState("Job " + spec.id() + " is already " + state + " and cannot be aborted");
        }
        state = JobState.Aborted;
        systemModstamp = clock.instant();
        batches.values().forEach(Batch::skip);
    }

    synchronized boolean aborted() {
        return state == JobState.Aborted;
    }

    synchronized Optional<Batch> batch(String batchId) {
        return Optional.ofNullable(batches.get(batchId));
    }

    synchronized List<Batch> batches() {
        return new ArrayList<>(batches.values());
    }

    public synchronized JobInfo info() {
        int queued = 0;
        int inProgress = 0;
        int completed = 0;
        int failedBatches = 0;
        int processed = 0;
        int failedRecords = 0;
        long millis = 0;
        for (Batch batch : batches.values()) {
            BatchInfo b = batch.info();
            switch (b.state()) {
                case Queued -> queued++;
                case InProgress -> inProgress++;
                case Completed -> completed++;
                case Failed -> failedBatches++;
                case NotProcessed -> { }
            }
            processed += b.recordsProcessed();
            failedRecords += b.recordsFailed();
            millis += b.totalProcessingTime();
        }
        return new JobInfo(spec, state, systemModstamp, queued, inProgress, completed, failedBatches,
                batches.size(), processed, failedRecords, millis, millis);
    }
}
