package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.BulkWrites;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceException;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk API v1 jobs kept open across writes (see {@link BulkJobRunner#openJobs()}): each write adds
 * its batches to the open job of its object, operation and external id field and waits for those
 * batches only. A job that had to be aborted is replaced at the next write. Not thread-safe.
 */
public final class OpenBulkJobs implements BulkWrites {

    private static final Logger LOG = LoggerFactory.getLogger(OpenBulkJobs.class);

    private record JobKey(String object, BulkOperation operation, String externalIdField) {
    }

    private final BulkJobRunner runner;
    private final Map<JobKey, BulkJob> open = new LinkedHashMap<>();

    OpenBulkJobs(BulkJobRunner runner) {
        this.runner = runner;
    }

    @Override
    public List<WriteResult> write(String object, BulkOperation operation, String externalIdField,
                                   List<RecordWrite> records) {
        return start(object, operation, externalIdField, records).results();
    }

    /**
     * Adds the batches to the open job now; {@link Started#results()} waits for them. Writes started
     * on one job and not yet waited for are told apart by their batch ids.
     */
    @Override
    public Started start(String object, BulkOperation operation, String externalIdField, List<RecordWrite> records) {
        JobKey key = new JobKey(object, operation, operation == BulkOperation.UPSERT ? externalIdField : null);
        return runner.start(operation, externalIdField, records, batches -> {
            BulkJob job = open.get(key);
            if (job == null || job.aborted()) {
                job = runner.createJob(object, operation, key.externalIdField());
                open.put(key, job);
            }
            BulkJob to = job;
            Map<String, BulkCsv.Batch> submitted = to.submit(batches);
            return () -> to.collect(submitted);
        })::get;
    }

    /** Closes every open job; one that cannot be closed is left to the org (it closes idle jobs itself). */
    @Override
    public void close() {
        List<BulkJob> jobs = new ArrayList<>(open.values());
        open.clear();
        for (BulkJob job : jobs) {
            if (job.aborted()) {
                continue;
            }
            try {
                job.close();
            } catch (SalesforceException e) {
                LOG.warn("bulk job {} could not be closed: {}", job.id(), e.getMessage());
            }
        }
    }
}
