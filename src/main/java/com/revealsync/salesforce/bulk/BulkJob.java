package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.OrgUnreachableException;
import com.revealsync.salesforce.SalesforceError;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceException;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.retry.Backoff;
import com.revealsync.salesforce.retry.CallSpec;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Bulk API v1 job: created, given batches (once, or chunk after chunk while it stays open),
 * waited for, its batches' results read, closed. Batches of an open job are processed as they
 * arrive; closing only says no more will come.
 */
final class BulkJob {

    private static final Logger LOG = LoggerFactory.getLogger(BulkJob.class);
    private static final Set<BatchStateEnum> DONE =
            Set.of(BatchStateEnum.Completed, BatchStateEnum.Failed, BatchStateEnum.NotProcessed);

    /** Answers to a result asked for when due after which the job's batch list decides. */
    private static final Set<String> NOT_YET = Set.of("InvalidBatch", BulkResults.MISMATCH);

    private final BulkClient client;
    private final BulkSettings settings;
    private final BulkPace pace;
    private final String object;
    private final Clock clock;
    private final String jobId;
    private final Set<String> known = new HashSet<>();
    /** When each batch was added: a write collected later first polls when its batches should be done. */
    private final Map<String, Instant> addedAt = new HashMap<>();
    private boolean aborted;

    private BulkJob(BulkClient client, BulkSettings settings, BulkPace pace, String object, String jobId) {
        this.client = client;
        this.settings = settings;
        this.pace = pace;
        this.object = object;
        this.jobId = jobId;
        this.clock = client.retrier().clock();
    }

    /** Creates the job in the org. */
    static BulkJob create(BulkClient client, BulkSettings settings, BulkPace pace, String object,
                          BulkOperation operation, String externalIdField) {
        JobInfo spec = jobInfo(object, operation, externalIdField);
        String jobId = client.call(CallSpec.read("createJob " + operation.wireName(), object), c -> c.createJob(spec)).getId();
        return new BulkJob(client, settings, pace, object, jobId);
    }

    String id() {
        return jobId;
    }

    /** Whether the job was aborted after a batch could not be added: it takes no more. */
    boolean aborted() {
        return aborted;
    }

    /** Sends the batches, closes the job, waits for them and returns every record's result. */
    List<WriteResult> runOnce(List<BulkCsv.Batch> batches) {
        Map<String, BulkCsv.Batch> submitted = submit(batches);
        close();
        return collect(submitted);
    }

    /**
     * Adds the batches to the job, in order. When one cannot be added the job is aborted and the
     * failure thrown: the chunk fails, and its restart sends it again (the sync creates as upserts on
     * the external id wherever the org has one, so what the aborted job did write is found, not made
     * twice).
     */
    Map<String, BulkCsv.Batch> submit(List<BulkCsv.Batch> batches) {
        Map<String, BulkCsv.Batch> submitted = new LinkedHashMap<>();
        try {
            for (BulkCsv.Batch batch : batches) {
                String batchId = addBatch(batch);
                known.add(batchId);
                addedAt.put(batchId, clock.instant());
                submitted.put(batchId, batch);
            }
        } catch (SalesforceException e) {
            abortQuietly();
            throw e;
        }
        return submitted;
    }

    /**
     * Waits for the submitted batches and reads their results, in submission order. Once the org's
     * pace for the object is known, each batch's result is asked for when the batch should be done,
     * without listing the job's batches first: the listing is one more call per wait, and a result
     * asked for too early costs no more than an early listing (the org answers {@code InvalidBatch}
     * "Batch not completed"). From the first batch not done on time, the rest are waited for by
     * listing the job's batches, which also teaches the pace again.
     */
    List<WriteResult> collect(Map<String, BulkCsv.Batch> submitted) {
        Map<String, List<WriteResult>> read = new HashMap<>();
        Duration firstPoll = null;
        if (pace.known(object)) {
            Duration due = BulkPace.left(pace.firstWait(object, records(submitted)), added(submitted), clock.instant());
            if (!due.isZero()) {
                client.retrier().sleeper().sleep(due);
            }
            for (Map.Entry<String, BulkCsv.Batch> e : submitted.entrySet()) {
                Optional<List<WriteResult>> done = resultsIfDone(e.getKey(), e.getValue());
                if (done.isEmpty()) {
                    firstPoll = settings.pollInitialDelay();
                    break;
                }
                read.put(e.getKey(), done.get());
            }
        }
        Map<String, BulkCsv.Batch> waiting = new LinkedHashMap<>(submitted);
        waiting.keySet().removeAll(read.keySet());
        if (!waiting.isEmpty()) {
            Map<String, BatchInfo> states = await(waiting, firstPoll);
            waiting.forEach((batchId, batch) -> read.put(batchId, results(states.get(batchId), batch)));
        }
        submitted.keySet().forEach(addedAt::remove);
        List<WriteResult> results = new ArrayList<>();
        submitted.keySet().forEach(batchId -> results.addAll(read.get(batchId)));
        return results;
    }

    /**
     * Closes the job. A close whose answer was lost is resent; the org then says the job is
     * already closed, which is what was asked: that answer is taken as success.
     */
    void close() {
        try {
            client.call(CallSpec.read("closeJob", object), c -> c.closeJob(jobId));
        } catch (SalesforceApiException e) {
            if (!"InvalidJobState".equals(e.code()) || !e.getMessage().contains("is Closed")) {
                throw e;
            }
            LOG.info("bulk job {}: already closed (the answer to an earlier close was lost)", jobId);
        }
    }

    private static JobInfo jobInfo(String object, BulkOperation operation, String externalIdField) {
        JobInfo job = new JobInfo();
        job.setObject(object);
        job.setOperation(OperationEnum.valueOf(operation.wireName()));
        if (operation == BulkOperation.UPSERT) {
            job.setExternalIdFieldName(externalIdField);
        }
        job.setContentType(ContentType.CSV);
        job.setConcurrencyMode(ConcurrencyMode.Parallel);
        return job;
    }

    /**
     * Adds a batch. When the answer is lost the batch may be in the job already: the job's batch list
     * says, and the batch is sent again only when it is not there (a second copy would write twice).
     */
    private String addBatch(BulkCsv.Batch batch) {
        JobInfo job = new JobInfo();
        job.setId(jobId);
        job.setContentType(ContentType.CSV);
        Backoff.Waits waits = client.retrier().backoff().start();
        while (true) {
            try {
                return client.call(CallSpec.nonIdempotentWrite("addBatch", object, batch.keys()),
                        c -> c.createBatchFromStream(job, BulkJobRunner.stream(batch.csv()))).getId();
            } catch (WriteOutcomeUnknownException lost) {
                Optional<BatchInfo> added = batchInfos().stream().filter(b -> !known.contains(b.getId())).findFirst();
                if (added.isPresent()) {
                    LOG.info("bulk job {}: the lost batch {} had arrived", jobId, added.get().getId());
                    return added.get().getId();
                }
                Optional<Duration> wait = waits.next();
                if (wait.isEmpty()) {
                    throw new OrgUnreachableException("bulk addBatch " + object, client.retrier().backoff().settings()
                            .maxAttempts(), "the batch's answers were lost", lost);
                }
                client.retrier().sleeper().sleep(wait.get());
            }
        }
    }

    /**
     * Polls the job's batch list until every submitted batch is done: first when the org's pace
     * says they should be (or after {@code firstDelay} where given), then with waits growing from the
     * configured first delay.
     */
    private Map<String, BatchInfo> await(Map<String, BulkCsv.Batch> submitted, Duration firstDelay) {
        Instant deadline = clock.instant().plus(settings.jobTimeout());
        Duration delay = firstDelay != null ? firstDelay : pace.firstWait(object, records(submitted));
        Duration next = delay.equals(settings.pollInitialDelay()) ? settings.nextPoll(delay) : settings.pollInitialDelay();
        if (firstDelay == null) {
            delay = BulkPace.left(delay, added(submitted), clock.instant());
        }
        while (true) {
            if (clock.instant().plus(delay).isAfter(deadline)) {
                List<String> keys = submitted.values().stream().flatMap(b -> b.keys().stream()).toList();
                throw new WriteOutcomeUnknownException("bulk job " + jobId + " on " + object, keys,
                        "its batches did not finish within " + settings.jobTimeout(), null);
            }
            if (!delay.isZero()) {
                client.retrier().sleeper().sleep(delay);
            }
            Map<String, BatchInfo> states = batchInfos().stream()
                    .filter(b -> submitted.containsKey(b.getId()))
                    .collect(Collectors.toMap(BatchInfo::getId, b -> b));
            boolean allDone = submitted.keySet().stream()
                    .allMatch(id -> states.containsKey(id) && DONE.contains(states.get(id).getState()));
            if (allDone) {
                pace.finished(object, states.values());
                return states;
            }
            delay = next;
            next = settings.nextPoll(next);
        }
    }

    private static int records(Map<String, BulkCsv.Batch> batches) {
        return batches.values().stream().mapToInt(b -> b.keys().size()).sum();
    }

    /** When the first of the batches was added: a wait for them counts from then, not from now. */
    private Instant added(Map<String, BulkCsv.Batch> batches) {
        return batches.keySet().stream().map(addedAt::get).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(clock.instant());
    }

    /**
     * The batch's results if the org has them; empty when it answers {@code InvalidBatch} (not
     * completed yet, or failed: the listing then says which, with the failure's message), or with
     * results that do not answer every row of the batch (a batch that failed part way may answer for
     * the rows it processed only): the listing then says whether the batch failed, and a completed
     * batch's results are read again, the way every batch's were before.
     */
    private Optional<List<WriteResult>> resultsIfDone(String batchId, BulkCsv.Batch batch) {
        try {
            return Optional.of(client.call(CallSpec.probe("batchResult", object),
                    c -> BulkResults.read(c.getBatchResultStream(jobId, batchId), batch.keys(), batchId)));
        } catch (SalesforceApiException e) {
            if (!NOT_YET.contains(e.code())) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private List<WriteResult> results(BatchInfo info, BulkCsv.Batch batch) {
        if (info.getState() == BatchStateEnum.Completed) {
            return client.call(CallSpec.read("batchResult", object),
                    c -> BulkResults.read(c.getBatchResultStream(jobId, info.getId()), batch.keys(), info.getId()));
        }
        SalesforceError error = info.getState() == BatchStateEnum.Failed
                ? BulkJobRunner.batchError(info.getStateMessage())
                : new SalesforceError("BATCH_NOT_PROCESSED", "the org did not process the batch");
        LOG.warn("bulk job {} batch {}: {} ({} records)", jobId, info.getId(), error, batch.keys().size());
        return BulkJobRunner.failAll(batch.keys(), error);
    }

    private List<BatchInfo> batchInfos() {
        BatchInfo[] infos = client.call(CallSpec.read("batchInfoList", object),
                c -> c.getBatchInfoList(jobId)).getBatchInfo();
        return infos == null ? List.of() : Arrays.asList(infos);
    }

    private void abortQuietly() {
        aborted = true;
        try {
            client.call(CallSpec.read("abortJob", object), c -> c.abortJob(jobId));
        } catch (SalesforceException e) {
            LOG.warn("bulk job {} could not be aborted: {}", jobId, e.getMessage());
        }
    }

}
