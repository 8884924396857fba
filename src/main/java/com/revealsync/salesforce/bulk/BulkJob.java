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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Bulk API v1 job: create, add the batches, close, wait for them, read their results. */
final class BulkJob {

    private static final Logger LOG = LoggerFactory.getLogger(BulkJob.class);
    private static final Set<BatchStateEnum> DONE =
            Set.of(BatchStateEnum.Completed, BatchStateEnum.Failed, BatchStateEnum.NotProcessed);

    private final BulkClient client;
    private final BulkSettings settings;
    private final String object;
    private final BulkOperation operation;
    private final String externalIdField;
    private final Clock clock;

    BulkJob(BulkClient client, BulkSettings settings, String object, BulkOperation operation, String externalIdField) {
        this.client = client;
        this.settings = settings;
        this.object = object;
        this.operation = operation;
        this.externalIdField = externalIdField;
        this.clock = client.retrier().clock();
    }

    List<WriteResult> run(List<BulkCsv.Batch> batches) {
        String jobId = client.call(CallSpec.read("createJob " + operation.wireName(), object),
                c -> c.createJob(jobInfo())).getId();
        Map<String, BulkCsv.Batch> submitted = new LinkedHashMap<>();
        try {
            for (BulkCsv.Batch batch : batches) {
                submitted.put(addBatch(jobId, batch, submitted.keySet()), batch);
            }
        } catch (SalesforceException e) {
            abortQuietly(jobId);
            throw e;
        }
        close(jobId);
        Map<String, BatchInfo> states = await(jobId, submitted);
        List<WriteResult> results = new ArrayList<>();
        submitted.forEach((batchId, batch) -> results.addAll(results(jobId, states.get(batchId), batch)));
        return results;
    }

    /**
     * Closes the job. A close whose answer was lost is resent; the org then says the job is
     * already closed, which is what was asked: that answer is taken as success.
     */
    private void close(String jobId) {
        try {
            client.call(CallSpec.read("closeJob", object), c -> c.closeJob(jobId));
        } catch (SalesforceApiException e) {
            if (!"InvalidJobState".equals(e.code()) || !e.getMessage().contains("is Closed")) {
                throw e;
            }
            LOG.info("bulk job {}: already closed (the answer to an earlier close was lost)", jobId);
        }
    }

    private JobInfo jobInfo() {
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
    private String addBatch(String jobId, BulkCsv.Batch batch, Set<String> known) {
        JobInfo job = new JobInfo();
        job.setId(jobId);
        job.setContentType(ContentType.CSV);
        Backoff.Waits waits = client.retrier().backoff().start();
        while (true) {
            try {
                return client.call(CallSpec.nonIdempotentWrite("addBatch", object, batch.keys()),
                        c -> c.createBatchFromStream(job, BulkJobRunner.stream(batch.csv()))).getId();
            } catch (WriteOutcomeUnknownException lost) {
                Optional<BatchInfo> added = batchInfos(jobId).stream().filter(b -> !known.contains(b.getId())).findFirst();
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

    private Map<String, BatchInfo> await(String jobId, Map<String, BulkCsv.Batch> submitted) {
        Instant deadline = clock.instant().plus(settings.jobTimeout());
        Duration delay = settings.pollInitialDelay();
        while (true) {
            Map<String, BatchInfo> states = batchInfos(jobId).stream()
                    .filter(b -> submitted.containsKey(b.getId()))
                    .collect(Collectors.toMap(BatchInfo::getId, b -> b));
            boolean allDone = submitted.keySet().stream()
                    .allMatch(id -> states.containsKey(id) && DONE.contains(states.get(id).getState()));
            if (allDone) {
                return states;
            }
            if (clock.instant().plus(delay).isAfter(deadline)) {
                List<String> keys = submitted.values().stream().flatMap(b -> b.keys().stream()).toList();
                throw new WriteOutcomeUnknownException("bulk job " + jobId + " on " + object, keys,
                        "its batches did not finish within " + settings.jobTimeout(), null);
            }
            client.retrier().sleeper().sleep(delay);
            delay = min(Duration.ofMillis((long) (delay.toMillis() * 1.5)), settings.pollMaxDelay());
        }
    }

    private List<WriteResult> results(String jobId, BatchInfo info, BulkCsv.Batch batch) {
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

    private List<BatchInfo> batchInfos(String jobId) {
        BatchInfo[] infos = client.call(CallSpec.read("batchInfoList", object),
                c -> c.getBatchInfoList(jobId)).getBatchInfo();
        return infos == null ? List.of() : Arrays.asList(infos);
    }

    private void abortQuietly(String jobId) {
        try {
            client.call(CallSpec.read("abortJob", object), c -> c.abortJob(jobId));
        } catch (SalesforceException e) {
            LOG.warn("bulk job {} could not be aborted: {}", jobId, e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
