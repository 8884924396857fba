package com.revealsync.org.data.dml;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.ObjectTable;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.validation.FieldChanges;
import com.revealsync.org.data.validation.InputReader.Mode;
import com.revealsync.org.data.value.OrgErrors;
import com.revealsync.org.data.value.ParsedValue;
import com.revealsync.org.data.value.ValueParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * upsert: on {@code Id} an update where the record names an id and a create where it does not; on
 * an external-id (or idLookup) field, a match by that field's value, case-insensitively: none
 * creates, one updates, several fail. The same value twice in one call fails both records with
 * {@code DUPLICATE_EXTERNAL_ID}.
 */
public final class Upserter {

    private final DmlEngine engine;
    private final ValueParser parser;

    public Upserter(DmlEngine engine, ValueParser parser) {
        this.engine = engine;
        this.parser = parser;
    }

    public List<SaveResult> upsert(String externalIdField, List<RecordInput> inputs, Caller caller) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        ObjectMeta meta = engine.store().schema().require(inputs.get(0).type());
        for (RecordInput input : inputs) {
            if (engine.store().schema().require(input.type()) != meta) {
                throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "INVALID_TYPE",
                        "upsert takes records of one sObject type: " + meta.name() + " and " + input.type());
            }
        }
        if ("Id".equalsIgnoreCase(externalIdField)) {
            return upsertOnId(inputs, caller);
        }
        int keyAt = keyField(meta, externalIdField);
        FieldSchema key = meta.field(keyAt);
        List<Object> keys = new ArrayList<>(inputs.size());
        List<OrgError> keyErrors = new ArrayList<>(inputs.size());
        Map<String, Integer> counts = new HashMap<>();
        for (RecordInput input : inputs) {
            String text = valueOf(input, key.name());
            ParsedValue parsed = text == null || text.isEmpty() ? null : parser.parse(key, meta.type(keyAt), text);
            OrgError error = parsed == null ? OrgErrors.externalIdMissing(key.name()) : parsed.error();
            keys.add(error == null ? parsed.value() : null);
            keyErrors.add(error);
            if (error == null) {
                counts.merge(parsed.value().toString().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<FieldChanges> forCreate = new ArrayList<>();
        List<FieldChanges> forUpdate = new ArrayList<>();
        for (RecordInput input : inputs) {
            forCreate.add(engine.reader().read(meta, input, Mode.CREATE, DmlEngine.truncate(caller)));
            forUpdate.add(engine.reader().read(meta, input, Mode.UPDATE, DmlEngine.truncate(caller)));
        }
        return engine.store().write(() -> {
            Stamp stamp = engine.stamp(caller.userId());
            ObjectTable table = engine.store().table(meta);
            List<SaveResult> results = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                if (keyErrors.get(i) != null) {
                    results.add(SaveResult.failed(null, List.of(keyErrors.get(i))));
                    continue;
                }
                Object value = keys.get(i);
                if (counts.get(value.toString().toLowerCase(Locale.ROOT)) > 1) {
                    results.add(SaveResult.failed(null, List.of(OrgErrors.duplicateExternalIdInCall(key.name(), value.toString()))));
                    continue;
                }
                List<String> matches = table.lookup(keyAt, value);
                if (matches.isEmpty()) {
                    results.add(engine.writer().insert(meta, forCreate.get(i), stamp));
                } else if (matches.size() == 1) {
                    StoredRecord existing = table.get(matches.get(0)).orElseThrow();
                    results.add(engine.writer().modify(existing, withoutKey(forUpdate.get(i), keyAt), stamp));
                } else {
                    results.add(SaveResult.failed(null, List.of(OrgErrors.externalIdMatchesMany(key.name(), matches))));
                }
            }
            return engine.finish(results, caller);
        });
    }

    private List<SaveResult> upsertOnId(List<RecordInput> inputs, Caller caller) {
        List<RecordInput> updates = new ArrayList<>();
        List<RecordInput> creates = new ArrayList<>();
        List<Boolean> isUpdate = new ArrayList<>(inputs.size());
        for (RecordInput input : inputs) {
            boolean hasId = (input.id() != null && !input.id().isBlank()) || valueOf(input, "Id") != null;
            isUpdate.add(hasId);
            (hasId ? updates : creates).add(input);
        }
        return engine.store().write(() -> {
            Iterator<SaveResult> updated = engine.update(updates, caller.partial()).iterator();
            Iterator<SaveResult> created = engine.create(creates, caller.partial()).iterator();
            List<SaveResult> results = new ArrayList<>(inputs.size());
            for (boolean update : isUpdate) {
                results.add(update ? updated.next() : created.next());
            }
            return engine.finish(results, caller);
        });
    }

    /** The external-id field may not be written by the update half when it is not updateable; it is unchanged anyway. */
    private static FieldChanges withoutKey(FieldChanges changes, int keyAt) {
        if (changes.ok()) {
            Map<Integer, Object> values = new HashMap<>(changes.values());
            values.remove(keyAt);
            return new FieldChanges(values, changes.foreignKeys(), changes.errors());
        }
        return changes;
    }

    private static int keyField(ObjectMeta meta, String name) {
        int at = meta.position(name);
        if (at < 0 || !(meta.field(at).externalId() || meta.field(at).idLookup()) || "id".equals(meta.field(at).type())) {
            throw new OrgFault(OrgFault.Kind.INVALID_FIELD, "INVALID_FIELD", "Field name provided, " + name
                    + " is not an External ID or indexed field for " + meta.name());
        }
        return at;
    }

    private static String valueOf(RecordInput input, String field) {
        for (Map.Entry<String, String> e : input.values().entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return null;
    }
}
