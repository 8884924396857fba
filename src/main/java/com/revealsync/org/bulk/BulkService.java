package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.SObjectSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bulk API v1 without the wire: jobs, batches, their states and results. Records are saved through
 * the org's {@link OrgData}, asked afresh for each batch so that decorations (fault injection) apply.
 * Jobs live in memory for the life of the org. Thread-safe.
 */
public final class BulkService {

    private final Supplier<OrgData> data;
    private final BulkExecutor executor;
    private final BulkIds ids;
    private final Clock clock;
    private final BatchAllocation allocation;
    private final BatchRunner runner;
    /** How long finished jobs are kept, as in Salesforce. */
    public static final Duration RETENTION = Duration.ofDays(7);

    private final Map<String, BulkJob> jobs = new ConcurrentHashMap<>();

    public BulkService(Supplier<OrgData> data, BulkExecutor executor, BulkIds ids, Clock clock) {
        this.data = data;
        this.executor = executor;
        this.ids = ids;
        this.clock = clock;
        this.allocation = new BatchAllocation(clock);
        this.runner = new BatchRunner(data, ids);
    }

    public JobInfo createJob(JobRequest request, String userId, String apiVersion) {
        purgeExpired();
        if (request.state() != null && !request.state().equals(JobState.Open.name())) {
            throw BulkApiException.invalidJob("A new job can only be created Open, not " + request.state());
        }
        BulkOperation operation = BulkOperation.parse(request.operation());
        SObjectSchema schema = object(request.object());
        BatchContentType contentType = BatchContentType.parse(request.contentType());
        if (operation.isQuery() && contentType.zipped()) {
            throw BulkApiException.invalidJob("A query job returns CSV or XML: contentType " + contentType + " is not supported");
        }
        String externalId = ExternalIds.check(operation, schema, request.externalIdFieldName());
        JobSpec spec = new JobSpec(ids.next(BulkIds.JOB_PREFIX), operation, schema.name(), externalId,
                ConcurrencyMode.parse(request.concurrencyMode()), contentType, userId, clock.instant(), apiVersion);
        BulkJob job = new BulkJob(spec, clock);
        jobs.put(spec.id(), job);
        return job.info();
    }

    public JobInfo job(String jobId) {
        return find(jobId).info();
    }

    /** Closes or aborts a job, as {@code <state>Closed</state>} or {@code Aborted} asks. */
    public JobInfo changeState(String jobId, JobRequest request) {
        BulkJob job = find(jobId);
        String state = request.state();
        if (JobState.Closed.name().equals(state)) {
            job.close();
        } else if (JobState.Aborted.name().equals(state)) {
            job.abort();
        } else {
            throw BulkApiException.invalidJobState("A job's state can only be changed to Closed or Aborted, not "
                    + (state == null ? "(no state given)" : state));
        }
        executor.release(jobId);
        return job.info();
    }

    /**
     * Queues an uploaded batch and returns its info at once; it is processed in the background.
     *
     * @param httpContentType the upload's {@code Content-Type}, which must fit the job's content type
     */
    public BatchInfo addBatch(String jobId, String httpContentType, byte[] body) {
        BulkJob job = find(jobId);
        JobSpec spec = job.spec();
        if (!spec.contentType().accepts(httpContentType)) {
            throw BulkApiException.invalidBatch("The batch's Content-Type " + httpContentType + " does not fit job "
                    + jobId + ", whose contentType is " + spec.contentType() + " (" + spec.contentType().mimeType() + ")");
        }
        if (body.length == 0) {
            throw BulkApiException.invalidBatch("The batch is empty: a batch must contain some content");
        }
        allocation.take();
        Batch batch = new Batch(ids.next(BulkIds.BATCH_PREFIX), jobId, httpContentType, body, clock);
        job.add(batch);
        BatchInfo queued = batch.info(); // taken before processing starts: the answer says Queued
        executor.submit(spec.id(), spec.concurrencyMode(), () -> runner.run(job, batch));
        return queued;
    }

    public List<BatchInfo> batches(String jobId) {
        return find(jobId).batches().stream().map(Batch::info).toList();
    }

    public BatchInfo batch(String jobId, String batchId) {
        return findBatch(jobId, batchId).info();
    }

    /** The batch as uploaded ({@code GET .../request}). */
    public Batch request(String jobId, String batchId) {
        return findBatch(jobId, batchId);
    }

    /** A finished batch, for its results. @throws BulkApiException InvalidBatch until it has completed */
    public Batch completedBatch(String jobId, String batchId) {
        Batch batch = findBatch(jobId, batchId);
        switch (batch.state()) {
            case Completed -> {
                return batch;
            }
            case Failed, NotProcessed -> throw BulkApiException.invalidBatch("Records not processed");
            default -> throw BulkApiException.invalidBatch("Batch not completed");
        }
    }

    public JobSpec spec(String jobId) {
        return find(jobId).spec();
    }

    /**
     * Forgets jobs that are closed or aborted, with every batch finished, and untouched for
     * {@link #RETENTION}, as Salesforce removes them after 7 days; keeps a long-running org's memory flat.
     */
    private void purgeExpired() {
        Instant cutoff = clock.instant().minus(RETENTION);
        jobs.values().removeIf(job -> {
            JobInfo info = job.info();
            return info.state() != JobState.Open && info.batchesQueued() == 0 && info.batchesInProgress() == 0
                    && info.systemModstamp().isBefore(cutoff)
                    && job.batches().stream().allMatch(b -> b.info().systemModstamp().isBefore(cutoff));
        });
    }

    private BulkJob find(String jobId) {
        BulkJob job = jobId == null ? null : jobs.get(jobId);
        if (job == null) {
            throw BulkApiException.invalidJob("Unable to find job with id: " + jobId);
        }
        return job;
    }

    private Batch findBatch(String jobId, String batchId) {
        return find(jobId).batch(batchId)
                .orElseThrow(() -> BulkApiException.invalidBatch("Unable to find batch " + batchId + " in job " + jobId));
    }

    private SObjectSchema object(String name) {
        if (name == null || name.isBlank()) {
            throw BulkApiException.invalidJob("The job's object is required, e.g. <object>Lead</object>");
        }
        try {
            return data.get().describe(name.trim());
        } catch (OrgFault e) {
            throw BulkApiException.invalidJob("Unable to find object: " + name.trim());
        }
    }
}
