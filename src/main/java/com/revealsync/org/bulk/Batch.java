package com.revealsync.org.bulk;

import com.revealsync.org.data.SaveResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One uploaded batch and what became of it. Its state moves Queued -> InProgress -> Completed or
 * Failed, or Queued -> NotProcessed when its job is aborted first; every change happens under the
 * batch's lock, so abort and the processor never both win.
 */
public final class Batch {

    private final String id;
    private final String jobId;
    private final Instant createdDate;
    private final String requestContentType;
    private final byte[] request;
    private final Clock clock;

    private BatchState state = BatchState.Queued;
    private String stateMessage;
    private Instant systemModstamp;
    private int processed;
    private int failed;
    private long processingMillis;
    private List<SaveResult> results;
    private List<QueryResultFile> queryResults;

    Batch(String id, String jobId, String requestContentType, byte[] request, Clock clock) {
        this.id = id;
        this.jobId = jobId;
        this.requestContentType = requestContentType;
        this.request = request;
        this.clock = clock;
        this.createdDate = clock.instant();
        this.systemModstamp = createdDate;
    }

    public String id() {
        return id;
    }

    public byte[] request() {
        return request;
    }

    public String requestContentType() {
        return requestContentType;
    }

    /** Queued -> InProgress; false when the batch is no longer queued (its job was aborted). */
    synchronized boolean start() {
        return move(BatchState.Queued, BatchState.InProgress);
    }

    /** Queued -> NotProcessed, when the job is aborted before the batch started. */
    synchronized boolean skip() {
        return move(BatchState.Queued, BatchState.NotProcessed);
    }

    synchronized void progress(int processedSoFar, int failedSoFar) {
        processed = processedSoFar;
        failed = failedSoFar;
        systemModstamp = clock.instant();
    }

    synchronized void complete(List<SaveResult> rowResults, long millis) {
        results = List.copyOf(rowResults);
        processed = rowResults.size();
        failed = (int) rowResults.stream().filter(r -> !r.success()).count();
        finish(BatchState.Completed, null, millis);
    }

    synchronized void completeQuery(List<QueryResultFile> files, int rows, long millis) {
        queryResults = List.copyOf(files);
        processed = rows;
        finish(BatchState.Completed, null, millis);
    }

    synchronized void fail(String message, long millis) {
        finish(BatchState.Failed, message, millis);
    }

    public synchronized BatchState state() {
        return state;
    }

    /** The row results of a completed data batch, in request order; null otherwise. */
    public synchronized List<SaveResult> results() {
        return results;
    }

    /** The result files of a completed query batch; null otherwise. */
    public synchronized List<QueryResultFile> queryResults() {
        return queryResults;
    }

    public synchronized BatchInfo info() {
        return new BatchInfo(id, jobId, state, stateMessage, createdDate, systemModstamp, processed, failed,
                processingMillis, processingMillis);
    }

    private void finish(BatchState end, String message, long millis) {
        state = end;
        stateMessage = message;
        processingMillis = millis;
        systemModstamp = clock.instant();
    }

    private boolean move(BatchState from, BatchState to) {
        if (state != from) {
            return false;
        }
        state = to;
        systemModstamp = clock.instant();
        return true;
    }
}
