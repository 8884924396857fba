package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceError;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.retry.Backoff;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a write through Bulk API v1: a job, its CSV batches, close, wait, results. Records refused with
 * {@code UNABLE_TO_LOCK_ROW} go again after a backoff wait, a bounded number of times: in a new job,
 * or, for {@link #openJobs() open jobs}, as new batches of the same one.
 */
public final class BulkJobRunner {

    private static final String LOCKED = "UNABLE_TO_LOCK_ROW";
    private static final Pattern STATE_MESSAGE = Pattern.compile("^\\s*([A-Za-z_]+)\\s*:\\s*(.*)$", Pattern.DOTALL);

    private final BulkClient client;
    private final BulkSettings settings;
    private final BulkPace pace;

    /** With {@code pace}, which may be shared with other gateways on the same org ({@link BulkPace#shared}). */
    public BulkJobRunner(BulkClient client, BulkSettings settings, BulkPace pace) {
        this.client = client;
        this.settings = settings;
        this.pace = pace;
    }

    /** One job for these records alone: created, given its batches, closed, waited for. */
    public List<WriteResult> run(String object, BulkOperation operation, String externalIdField,
                                 List<RecordWrite> records) {
        return run(operation, externalIdField, records, batches -> BulkJob.create(client, settings, pace, object,
                operation, externalIdField).runOnce(batches));
    }

    /**
     * Jobs that stay open across writes: one per object, operation and external id field, created at
     * its first write and closed by {@link OpenBulkJobs#close()}. A run that writes chunk after chunk
     * spends one create and one close per job instead of per chunk.
     */
    public OpenBulkJobs openJobs() {
        return new OpenBulkJobs(this);
    }

    BulkJob createJob(String object, BulkOperation operation, String externalIdField) {
        return BulkJob.create(client, settings, pace, object, operation, externalIdField);
    }

    List<WriteResult> run(BulkOperation operation, String externalIdField, List<RecordWrite> records,
                          Function<List<BulkCsv.Batch>, List<WriteResult>> send) {
        return start(operation, externalIdField, records, batches -> {
            List<WriteResult> results = send.apply(batches);
            return () -> results;
        }).get();
    }

    /**
     * Submits the records' batches now ({@code submit} adds them and returns what waits for them);
     * the supplier waits, then sends again, as new batches after a backoff wait, the records the org
     * refused with {@code UNABLE_TO_LOCK_ROW}.
     */
    Supplier<List<WriteResult>> start(BulkOperation operation, String externalIdField, List<RecordWrite> records,
                                      Function<List<BulkCsv.Batch>, Supplier<List<WriteResult>>> submit) {
        check(operation, externalIdField, records);
        if (records.isEmpty()) {
            return List::of; // no batch, and no job opened for nothing
        }
        Supplier<List<WriteResult>> first = submit.apply(BulkCsv.batches(operation, records, settings));
        return () -> finish(operation, records, first.get(), submit);
    }

    private List<WriteResult> finish(BulkOperation operation, List<RecordWrite> records, List<WriteResult> first,
                                     Function<List<BulkCsv.Batch>, Supplier<List<WriteResult>>> submit) {
        Map<String, WriteResult> byKey = new LinkedHashMap<>();
        List<RecordWrite> pending = records;
        List<WriteResult> results = first;
        Backoff.Waits waits = client.retrier().backoff().start();
        while (true) {
            Set<String> locked = new HashSet<>();
            for (WriteResult result : results) {
                byKey.put(result.key(), result);
                if (result.failedWith(LOCKED)) {
                    locked.add(result.key());
                }
            }
            Optional<Duration> wait = locked.isEmpty() ? Optional.empty() : waits.next();
            if (wait.isEmpty()) {
                break;
            }
            client.retrier().sleeper().sleep(wait.get());
            pending = pending.stream().filter(r -> locked.contains(r.key())).toList();
            results = submit.apply(BulkCsv.batches(operation, pending, settings)).get();
        }
        return records.stream().map(r -> byKey.get(r.key())).toList();
    }

    /** A failed batch's {@code stateMessage} ("InvalidBatch : Field name not found : Foo") as an error. */
    static SalesforceError batchError(String stateMessage) {
        String text = stateMessage == null || stateMessage.isBlank() ? "the batch failed" : stateMessage.strip();
        Matcher m = STATE_MESSAGE.matcher(text);
        return m.matches() ? new SalesforceError(m.group(1), m.group(2).strip()) : new SalesforceError("BATCH_FAILED", text);
    }

    private static void check(BulkOperation operation, String externalIdField, List<RecordWrite> records) {
        Set<String> keys = new HashSet<>();
        for (RecordWrite r : records) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException("two records to write share the key " + r.key());
            }
            boolean needsId = operation == BulkOperation.UPDATE || operation == BulkOperation.DELETE;
            if (needsId && r.id() == null) {
                throw new IllegalArgumentException("record " + r.key() + ": a bulk " + operation.wireName()
                        + " needs the Salesforce id");
            }
            if (operation == BulkOperation.UPSERT && (externalIdField == null || !r.values().containsKey(externalIdField))) {
                throw new IllegalArgumentException("record " + r.key() + ": a bulk upsert needs a value for the external id field "
                        + externalIdField);
            }
        }
    }

    static ByteArrayInputStream stream(byte[] csv) {
        return new ByteArrayInputStream(csv);
    }

    static List<WriteResult> failAll(List<String> keys, SalesforceError error) {
        List<WriteResult> failed = new ArrayList<>(keys.size());
        keys.forEach(key -> failed.add(WriteResult.failed(key, null, List.of(error))));
        return failed;
    }
}
