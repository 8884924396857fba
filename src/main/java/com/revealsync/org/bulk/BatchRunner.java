package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.SaveResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one batch in the background: reads it, saves its records through the org's
 * {@link OrgData} (the same validation as SOAP) in chunks of 200 as Salesforce does, or runs its
 * query, and records the outcome on the batch. A problem with the batch as a whole fails it with a
 * {@code stateMessage}; a problem with one record fails only that record.
 */
final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final Supplier<OrgData> orgData;
    private final BulkIds ids;

    BatchRunner(Supplier<OrgData> orgData, BulkIds ids) {
        this.orgData = orgData;
        this.ids = ids;
    }

    void run(BulkJob job, Batch batch) {
        if (!batch.start()) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (job.spec().operation().isQuery()) {
                runQuery(job.spec(), batch, start);
            } else {
                runDml(job.spec(), batch, start);
            }
        } catch (BulkApiException e) {
            batch.fail(e.code() + " : " + e.getMessage(), millisSince(start));
        } catch (OrgFault e) {
            batch.fail("InvalidBatch : " + e.exceptionCode() + ": " + e.getMessage(), millisSince(start));
        } catch (RuntimeException e) {
            LOG.warn("batch {} failed unexpectedly", batch.id(), e);
            batch.fail("InternalServerError : " + e.getClass().getSimpleName() + " while processing the batch",
                    millisSince(start));
        }
    }

    private void runDml(JobSpec spec, Batch batch, long start) {
        OrgData data = orgData.get().actingAs(spec.createdById());
        ParsedBatch parsed = BatchParser.parse(data.describe(spec.object()), data::describe, spec.contentType(),
                batch.request());
        List<SaveResult> results = RecordSaver.save(data, spec.operation(), spec.externalIdFieldName(),
                parsed.records(), (processed, failed) -> {
                    batch.progress(processed, failed);
                    return true;
                });
        batch.complete(results, millisSince(start));
    }

    private void runQuery(JobSpec spec, Batch batch, long start) {
        String soql = new String(batch.request(), StandardCharsets.UTF_8).trim();
        List<QueryRecord> rows = BulkQuery.all(orgData.get(), soql, fetched -> batch.progress(fetched, 0));
        String contentType = spec.contentType().csv() ? "text/csv" : "application/xml";
        String text = spec.contentType().csv() ? QueryResultWriter.csv(soql, rows) : BulkXml.queryResult(rows);
        QueryResultFile file = new QueryResultFile(ids.next(BulkIds.RESULT_PREFIX), contentType,
                text.getBytes(StandardCharsets.UTF_8));
        batch.completeQuery(List.of(file), rows.size(), millisSince(start));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
