package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.BulkQuery;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.retry.CallSpec;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.ConcurrencyMode;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a SOQL query as a Bulk API v1 query job: create, one batch holding the query, close, wait,
 * then stream each result file (CSV) to the consumer. A few calls whatever the number of records,
 * where SOAP pages cost one call per 2,000 records.
 */
public final class BulkQueryRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BulkQueryRunner.class);
    /** What Salesforce sends instead of a CSV when a query finds nothing. */
    static final String NO_RECORDS = "Records not found for this query";

    private final BulkClient client;
    private final BulkSettings settings;

    public BulkQueryRunner(BulkClient client, BulkSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * Hands every record the query finds to {@code consumer}: values as text, empty ones as null. A
     * result file whose download is retried is read again from its start, so a consumer may see a
     * record twice and must be idempotent.
     */
    public void run(String object, String soql, Consumer<SalesforceRecord> consumer) {
        runAll(List.of(new BulkQuery(object, soql, consumer)));
    }

    /**
     * Runs the queries as {@link #run} does, each as its own job, all submitted before the first
     * is waited for: the org runs them side by side and a later one is usually done by the time
     * the earlier ones have been read. Same calls as one after the other; records are handed over
     * query by query, in order.
     */
    public void runAll(List<BulkQuery> queries) {
        List<Submitted> submitted = new ArrayList<>(queries.size());
        for (BulkQuery query : queries) {
            submitted.add(submit(query));
        }
        for (Submitted s : submitted) {
            read(s);
        }
    }

    /** A query job given its batch and closed, and when: its first poll waits from then. */
    private record Submitted(BulkQuery query, String jobId, String batchId, Instant at) {
    }

    private Submitted submit(BulkQuery query) {
        String object = query.object();
        JobInfo spec = new JobInfo();
        spec.setObject(object);
        spec.setOperation(OperationEnum.query);
        spec.setContentType(ContentType.CSV);
        spec.setConcurrencyMode(ConcurrencyMode.Parallel);
        String jobId = client.call(CallSpec.read("createJob query", object), c -> c.createJob(spec)).getId();
        JobInfo job = new JobInfo();
        job.setId(jobId);
        job.setContentType(ContentType.CSV);
        String batchId;
        try {
            byte[] soql = query.soql().getBytes(StandardCharsets.UTF_8);
            batchId = client.call(CallSpec.read("addBatch query", object),
                    c -> c.createBatchFromStream(job, new ByteArrayInputStream(soql))).getId();
        } finally {
            client.call(CallSpec.read("closeJob", object), c -> c.closeJob(jobId));
        }
        return new Submitted(query, jobId, batchId, client.retrier().clock().instant());
    }

    private void read(Submitted s) {
        String object = s.query().object();
        BatchInfo done = await(object, s.jobId(), s.batchId(), s.at());
        if (done.getState() != BatchStateEnum.Completed) {
            var error = BulkJobRunner.batchError(done.getStateMessage());
            throw new SalesforceApiException("bulk query " + object, error.statusCode(), error.message());
        }
        String[] files = client.call(CallSpec.read("queryResultList", object),
                c -> c.getQueryResultList(s.jobId(), s.batchId())).getResult();
        long records = 0;
        for (String file : files == null ? new String[0] : files) {
            // streamed: WSC's getQueryResultStream holds a whole result file in memory first
            records += client.stream(CallSpec.read("queryResult", object),
                    "/job/" + s.jobId() + "/batch/" + s.batchId() + "/result/" + file,
                    in -> read(object, in, s.query().consumer()));
        }
        LOG.debug("bulk query job {} on {}: {} records in {} file(s)", s.jobId(), object, records,
                files == null ? 0 : files.length);
    }

    /** Polls from {@code submitted} plus the first delay (only what is left of it for a job submitted earlier). */
    private BatchInfo await(String object, String jobId, String batchId, Instant submitted) {
        Instant deadline = submitted.plus(settings.jobTimeout());
        Duration delay = settings.pollInitialDelay();
        Duration sleep = BulkPace.left(delay, submitted, client.retrier().clock().instant());
        while (true) {
            if (!sleep.isZero()) {
                client.retrier().sleeper().sleep(sleep);
            }
            BatchInfo info = client.call(CallSpec.read("batchInfo", object), c -> c.getBatchInfo(jobId, batchId));
            BatchStateEnum state = info.getState();
            if (state == BatchStateEnum.Completed || state == BatchStateEnum.Failed || state == BatchStateEnum.NotProcessed) {
                return info;
            }
            if (client.retrier().clock().instant().plus(delay).isAfter(deadline)) {
                throw new SalesforceApiException("bulk query " + object, "TIMEOUT",
                        "the query job " + jobId + " did not finish within " + settings.jobTimeout());
            }
            sleep = delay;
            delay = settings.nextPoll(delay);
        }
    }

    /** Reads one result file; returns the number of records handed over. */
    static long read(String object, InputStream in, Consumer<SalesforceRecord> consumer) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        text.mark(NO_RECORDS.length() + 8);
        char[] start = new char[NO_RECORDS.length()];
        int n = text.read(start);
        if (n == start.length && new String(start).equals(NO_RECORDS)) {
            return 0;
        }
        text.reset();
        try (CSVReader csv = new CSVReader(text)) {
            String[] header = csv.readNext();
            if (header == null) {
                return 0;
            }
            int id = -1;
            for (int i = 0; i < header.length; i++) {
                if (header[i].strip().equalsIgnoreCase("Id")) {
                    id = i;
                }
            }
            long count = 0;
            for (String[] row = csv.readNext(); row != null; row = csv.readNext()) {
                Map<String, Object> fields = new LinkedHashMap<>(header.length * 2);
                for (int i = 0; i < header.length && i < row.length; i++) {
                    fields.put(header[i].strip(), row[i].isEmpty() ? null : row[i]);
                }
                String recordId = id >= 0 && id < row.length && !row[id].isEmpty() ? row[id] : null;
                consumer.accept(new SalesforceRecord(object, recordId, fields));
                count++;
            }
            return count;
        } catch (CsvValidationException e) {
            throw new SalesforceApiException("bulk query " + object, "INVALID_RESULT",
                    "a result file cannot be read as CSV: " + e.getMessage());
        }
    }
}
