package com.revealsync.org.bulk2;

import com.revealsync.org.bulk.BatchRecord;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.SaveResult;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A Bulk API 2.0 job (ingest or query) and what became of it: Open (ingest only) -> UploadComplete
 * -> InProgress -> JobComplete or Failed, or Aborted on the way. Every change happens under the
 * job's lock. Thread-safe.
 */
final class Job2 {

    private final Job2Spec spec;
    private final Clock clock;
    private Job2State state;
    private Instant systemModstamp;
    private String errorMessage;
    private byte[] data;
    private int processed;
    private int failed;
    private long processingMillis;
    private IngestOutcome ingest;
    private QueryOutcome query;

    /** What an ingest job did: the rows as read, and one result per row (null where unprocessed). */
    record IngestOutcome(List<String> header, List<BatchRecord> records, List<SaveResult> results) {
    }

    /** What a query job found: the columns of its SELECT list and the rows. */
    record QueryOutcome(List<String> columns, List<QueryRecord> rows) {
    }

    Job2(Job2Spec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
        this.state = spec.isQuery() ? Job2State.UploadComplete : Job2State.Open;
        this.systemModstamp = spec.createdDate();
    }

    Job2Spec spec() {
        return spec;
    }

    synchronized void upload(byte[] csv) {
        if (state != Job2State.Open) {
            throw Bulk2Exception.invalidJobState("Job " + spec.id() + " is " + state + ": data can only be uploaded to an Open job");
        }
        if (data != null) {
            throw Bulk2Exception.invalidJobState("Found multiple contents for job: <" + spec.id() + ">, please 'Close'"
                    + " / 'Abort' / 'Delete' the current Job then create a new Job and make sure you only do 'PUT'"
                    + " once on a given Job.");
        }
        data = csv;
        touch();
    }

    synchronized void uploadComplete() {
        if (state != Job2State.Open) {
            throw Bulk2Exception.invalidJobState("Job " + spec.id() + " is " + state + ": only an Open job can be set to UploadComplete");
        }
        state = Job2State.UploadComplete;
        touch();
    }

    synchronized void abort() {
        if (state.finished()) {
            throw Bulk2Exception.invalidJobState("Job " + spec.id() + " is already " + state + " and cannot be aborted");
        }
        state = Job2State.Aborted;
        touch();
    }

    /** UploadComplete -> InProgress; false when the job was aborted first. */
    synchronized boolean start() {
        if (state != Job2State.UploadComplete) {
            return false;
        }
        state = Job2State.InProgress;
        touch();
        return true;
    }

    synchronized boolean aborted() {
        return state == Job2State.Aborted;
    }

    synchronized byte[] data() {
        return data;
    }

    synchronized void progress(int processedSoFar, int failedSoFar) {
        processed = processedSoFar;
        failed = failedSoFar;
        touch();
    }

    synchronized void completeIngest(IngestOutcome outcome, long millis) {
        ingest = outcome;
        processed = (int) outcome.results().stream().filter(r -> r != null).count();
        failed = (int) outcome.results().stream().filter(r -> r != null && !r.success()).count();
        finish(Job2State.JobComplete, null, millis);
    }

    synchronized void completeQuery(QueryOutcome outcome, long millis) {
        query = outcome;
        processed = outcome.rows().size();
        finish(Job2State.JobComplete, null, millis);
    }

    synchronized void fail(String message, long millis) {
        finish(Job2State.Failed, message, millis);
    }

    synchronized IngestOutcome ingest() {
        return ingest;
    }

    synchronized QueryOutcome query() {
        return query;
    }

    synchronized Job2State state() {
        return state;
    }

    synchronized Job2Info info() {
        return new Job2Info(spec, state, systemModstamp, processed, failed, processingMillis, errorMessage);
    }

    /** An aborted job stays Aborted; its outcome so far is still kept for the result files. */
    private void finish(Job2State end, String message, long millis) {
        if (state != Job2State.Aborted) {
            state = end;
            errorMessage = message;
        }
        processingMillis = millis;
        touch();
    }

    private void touch() {
        systemModstamp = clock.instant();
    }
}
