package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Processes one batch in the background: reads it, saves its records through the org's
 * {@link OrgData} (the same validation as SOAP) in chunks of 200 as Salesforce does, or runs its
 * query, and records the outcome on the batch. A problem with the batch as a whole fails it with a
 * {@code stateMessage}; a problem with one record fails only that record.
 */
final class BatchRunner {

    static final int CHUNK = 200;
    private static final Pattern AGGREGATE = Pattern.compile("(?i)^\\s*select\\s+count\\s*\\(");
    private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());

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
            LOG.log(Level.WARNING, "batch " + batch.id() + " failed unexpectedly", e);
            batch.fail("InternalServerError : " + e.getClass().getSimpleName() + " while processing the batch",
                    millisSince(start));
        }
    }

    private void runDml(JobSpec spec, Batch batch, long start) {
        OrgData data = orgData.get().actingAs(spec.createdById());
        ParsedBatch parsed = BatchParser.parse(data.describe(spec.object()), spec.contentType(), batch.request());
        List<BatchRecord> records = parsed.records();
        SaveResult[] results = new SaveResult[records.size()];
        int failed = 0;
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<BatchRecord> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            List<Integer> positions = new ArrayList<>(chunk.size());
            List<RecordInput> inputs = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                BatchRecord record = chunk.get(i);
                if (record.readable()) {
                    positions.add(from + i);
                    inputs.add(record.input());
                } else {
                    results[from + i] = SaveResult.failed(null, List.of(record.error()));
                }
            }
            List<SaveResult> saved = save(data, spec, inputs);
            for (int i = 0; i < saved.size(); i++) {
                results[positions.get(i)] = saved.get(i);
            }
            for (int i = from; i < from + chunk.size(); i++) {
                failed += results[i].success() ? 0 : 1;
            }
            batch.progress(from + chunk.size(), failed);
        }
        batch.complete(Arrays.asList(results), millisSince(start));
    }

    private static List<SaveResult> save(OrgData data, JobSpec spec, List<RecordInput> inputs) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        List<SaveResult> saved = switch (spec.operation()) {
            case insert -> data.create(inputs);
            case update -> data.update(inputs);
            case upsert -> data.upsert(spec.externalIdFieldName(), inputs);
            case delete -> data.delete(inputs.stream().map(r -> r.id() == null ? "" : r.id()).toList());
            case query -> throw new IllegalStateException("a query job has no records to save");
        };
        if (saved.size() != inputs.size()) {
            throw new IllegalStateException("the org returned " + saved.size() + " results for " + inputs.size() + " records");
        }
        return saved;
    }

    private void runQuery(JobSpec spec, Batch batch, long start) {
        String soql = new String(batch.request(), StandardCharsets.UTF_8).trim();
        if (soql.isEmpty()) {
            throw BulkApiException.invalidBatch("Failed to process query: the batch holds no query");
        }
        if (AGGREGATE.matcher(soql).find()) {
            throw BulkApiException.invalidBatch("Failed to process query: aggregate queries such as COUNT() are not supported by Bulk query");
        }
        OrgData data = orgData.get();
        List<QueryRecord> rows = new ArrayList<>();
        try {
            QueryPage page = data.query(soql, 2000);
            rows.addAll(page.records());
            while (!page.done()) {
                page = data.queryMore(page.queryLocator(), 2000);
                rows.addAll(page.records());
                batch.progress(rows.size(), 0);
            }
        } catch (OrgFault e) {
            throw BulkApiException.invalidBatch("Failed to process query: " + e.exceptionCode() + ": " + e.getMessage());
        }
        String contentType = spec.contentType().csv() ? "text/csv" : "application/xml";
        String text = spec.contentType().csv()
                ? QueryResultWriter.csv(soql, rows)
                : BulkXml.queryResult(rows);
        QueryResultFile file = new QueryResultFile(ids.next(BulkIds.RESULT_PREFIX), contentType,
                text.getBytes(StandardCharsets.UTF_8));
        batch.completeQuery(List.of(file), rows.size(), millisSince(start));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
