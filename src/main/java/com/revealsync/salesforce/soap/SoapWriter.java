package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceError;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.retry.Backoff;
import com.revealsync.salesforce.retry.CallSpec;
import com.sforce.soap.partner.DeleteResult;
import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.UpsertResult;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * create, update, upsert and delete over SOAP: at most 200 records a call, each result matched to its
 * record's key, records refused with {@code UNABLE_TO_LOCK_ROW} resent alone with backoff.
 */
public final class SoapWriter {

    /** Salesforce's limit of records in one SOAP create, update, upsert or delete. */
    public static final int MAX_RECORDS_PER_CALL = 200;

    private static final String LOCKED = "UNABLE_TO_LOCK_ROW";

    private final SoapClient client;

    public SoapWriter(SoapClient client) {
        this.client = client;
    }

    public List<WriteResult> create(String object, List<RecordWrite> records) {
        return write(records, chunk -> {
            SObject[] sObjects = toSObjects(object, chunk);
            return fromSave(client.call(spec("create", object, chunk, false), c -> c.create(sObjects)), true);
        });
    }

    public List<WriteResult> update(String object, List<RecordWrite> records) {
        for (RecordWrite r : records) {
            if (r.id() == null) {
                throw new IllegalArgumentException("record " + r.key() + ": an update needs the Salesforce id");
            }
        }
        return write(records, chunk -> {
            SObject[] sObjects = toSObjects(object, chunk);
            return fromSave(client.call(spec("update", object, chunk, true), c -> c.update(sObjects)), false);
        });
    }

    public List<WriteResult> upsert(String object, String externalIdField, List<RecordWrite> records) {
        return write(records, chunk -> {
            SObject[] sObjects = toSObjects(object, chunk);
            UpsertResult[] results = client.call(spec("upsert", object, chunk, true),
                    c -> c.upsert(externalIdField, sObjects));
            return Arrays.stream(results).map(r -> new Answer(r.getId(), r.isSuccess(), r.isCreated(),
                    errors(r.getErrors()))).toList();
        });
    }

    public List<WriteResult> delete(List<String> ids) {
        List<RecordWrite> records = ids.stream().map(id -> new RecordWrite(id, id, Map.of(), Set.of())).toList();
        return write(records, chunk -> {
            String[] chunkIds = chunk.stream().map(RecordWrite::id).toArray(String[]::new);
            DeleteResult[] results = client.call(spec("delete", "", chunk, true), c -> c.delete(chunkIds));
            return Arrays.stream(results).map(r -> new Answer(r.getId(), r.isSuccess(), false,
                    errors(r.getErrors()))).toList();
        });
    }

    /** One record's answer, before it is put under its key. */
    private record Answer(String id, boolean success, boolean created, List<SalesforceError> errors) {
    }

    private List<WriteResult> write(List<RecordWrite> records, Function<List<RecordWrite>, List<Answer>> send) {
        requireUniqueKeys(records);
        List<WriteResult> results = new ArrayList<>(records.size());
        for (int from = 0; from < records.size(); from += MAX_RECORDS_PER_CALL) {
            List<RecordWrite> chunk = records.subList(from, Math.min(records.size(), from + MAX_RECORDS_PER_CALL));
            results.addAll(writeChunk(chunk, send));
        }
        return results;
    }

    private List<WriteResult> writeChunk(List<RecordWrite> chunk, Function<List<RecordWrite>, List<Answer>> send) {
        Map<String, WriteResult> byKey = new LinkedHashMap<>();
        List<RecordWrite> pending = chunk;
        Backoff.Waits waits = client.retrier().backoff().start();
        while (!pending.isEmpty()) {
            List<Answer> answers = send.apply(pending);
            if (answers.size() != pending.size()) {
                throw new SalesforceApiException("write", "RESULT_COUNT_MISMATCH", "the org answered "
                        + answers.size() + " results for " + pending.size() + " records");
            }
            List<RecordWrite> locked = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                WriteResult result = toResult(pending.get(i).key(), answers.get(i));
                byKey.put(result.key(), result);
                if (result.failedWith(LOCKED)) {
                    locked.add(pending.get(i));
                }
            }
            Optional<Duration> wait = locked.isEmpty() ? Optional.empty() : waits.next();
            if (wait.isEmpty()) {
                break;
            }
            client.retrier().sleeper().sleep(wait.get());
            pending = locked;
        }
        return chunk.stream().map(r -> byKey.get(r.key())).toList();
    }

    private static WriteResult toResult(String key, Answer answer) {
        return answer.success() ? WriteResult.succeeded(key, answer.id(), answer.created())
                : WriteResult.failed(key, answer.id(), answer.errors().isEmpty()
                        ? List.of(new SalesforceError("UNKNOWN_EXCEPTION", "the org refused the record without saying why"))
                        : answer.errors());
    }

    private static List<Answer> fromSave(SaveResult[] results, boolean creates) {
        return Arrays.stream(results).map(r -> new Answer(r.getId(), r.isSuccess(), creates && r.isSuccess(),
                errors(r.getErrors()))).toList();
    }

    static List<SalesforceError> errors(Error[] errors) {
        if (errors == null) {
            return List.of();
        }
        return Arrays.stream(errors).map(e -> new SalesforceError(
                e.getStatusCode() == null ? null : e.getStatusCode().name(), e.getMessage(),
                e.getFields() == null ? List.of() : Arrays.asList(e.getFields()))).toList();
    }

    private static CallSpec spec(String operation, String object, List<RecordWrite> chunk, boolean idempotent) {
        return new CallSpec(operation, object, chunk.size(), idempotent, keys(chunk));
    }

    private static SObject[] toSObjects(String object, List<RecordWrite> records) {
        return records.stream().map(r -> SObjects.toSObject(object, r)).toArray(SObject[]::new);
    }

    private static List<String> keys(List<RecordWrite> records) {
        return records.stream().map(RecordWrite::key).toList();
    }

    private static void requireUniqueKeys(List<RecordWrite> records) {
        Set<String> seen = new HashSet<>();
        for (RecordWrite r : records) {
            if (!seen.add(r.key())) {
                throw new IllegalArgumentException("two records to write share the key " + r.key());
            }
        }
    }
}
