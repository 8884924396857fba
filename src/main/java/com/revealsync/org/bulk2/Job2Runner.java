package com.revealsync.org.bulk2;

import com.revealsync.org.bulk.BatchContent;
import com.revealsync.org.bulk.BatchParser;
import com.revealsync.org.bulk.BulkApiException;
import com.revealsync.org.bulk.BulkQuery;
import com.revealsync.org.bulk.ParsedBatch;
import com.revealsync.org.bulk.QueryResultWriter;
import com.revealsync.org.bulk.RecordSaver;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.SaveResult;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one Bulk API 2.0 job in the background: the uploaded CSV saved through the org in
 * chunks of 200 (stopping at the next chunk when the job is aborted), or the query run to the end.
 */
final class Job2Runner {

    private static final Logger LOG = LoggerFactory.getLogger(Job2Runner.class);

    private final Supplier<OrgData> orgData;

    Job2Runner(Supplier<OrgData> orgData) {
        this.orgData = orgData;
    }

    void run(Job2 job) {
        if (!job.start()) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (job.spec().isQuery()) {
                runQuery(job, start);
            } else {
                runIngest(job, start);
            }
        } catch (BulkApiException e) {
            job.fail(e.code() + " : " + e.getMessage(), millisSince(start));
        } catch (OrgFault e) {
            job.fail(e.exceptionCode() + " : " + e.getMessage(), millisSince(start));
        } catch (RuntimeException e) {
            LOG.warn("Bulk 2.0 job {} failed unexpectedly", job.spec().id(), e);
            job.fail("InternalServerError : " + e.getClass().getSimpleName() + " while processing the job",
                    millisSince(start));
        }
    }

    private void runIngest(Job2 job, long start) {
        Job2Spec spec = job.spec();
        byte[] upload = job.data();
        if (upload == null || upload.length == 0) {
            throw BulkApiException.invalidBatch("No data was uploaded for the job");
        }
        OrgData data = orgData.get().actingAs(spec.createdById());
        ParsedBatch parsed = BatchParser.parseCsv(data.describe(spec.object()), data::describe, BatchContent.utf8(upload),
                spec.delimiter().character());
        List<SaveResult> results = RecordSaver.save(data, spec.operation(), spec.externalIdFieldName(),
                parsed.records(), (processed, failed) -> {
                    job.progress(processed, failed);
                    return !job.aborted();
                });
        job.completeIngest(new Job2.IngestOutcome(parsed.header(), parsed.records(), results), millisSince(start));
    }

    private void runQuery(Job2 job, long start) {
        String soql = job.spec().query();
        List<QueryRecord> rows = BulkQuery.all(orgData.get(), soql, fetched -> job.progress(fetched, 0));
        job.completeQuery(new Job2.QueryOutcome(QueryResultWriter.columns(soql), rows), millisSince(start));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
