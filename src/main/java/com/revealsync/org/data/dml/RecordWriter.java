package com.revealsync.org.data.dml;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.PicklistValue;
import com.revealsync.org.data.SaveResult;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.validation.FieldChanges;
import com.revealsync.org.data.validation.ForeignKey;
import com.revealsync.org.data.validation.SaveChecks;
import com.revealsync.org.data.value.OrgErrors;
import java.util.List;
import java.util.Map;

/**
 * Saves one record whose fields were already read: fills defaults, the computed Name and the
 * audit fields, runs the {@link SaveChecks} and stores it. Called under the store's write lock.
 */
final class RecordWriter {

    private final OrgStore store;
    private final SaveChecks checks;

    RecordWriter(OrgStore store, SaveChecks checks) {
        this.store = store;
        this.checks = checks;
    }

    SaveResult insert(ObjectMeta meta, FieldChanges changes, Stamp stamp) {
        Prepared prepared = prepare(meta, changes, stamp);
        return prepared.ok() ? SaveResult.ok(commit(prepared, stamp), true) : SaveResult.failed(null, prepared.errors());
    }

    /** A new record filled and checked but not yet saved: its values, or why it cannot be. */
    record Prepared(ObjectMeta meta, Object[] values, List<OrgError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    Prepared prepare(ObjectMeta meta, FieldChanges changes, Stamp stamp) {
        if (!changes.ok()) {
            return new Prepared(meta, null, changes.errors());
        }
        Object[] values = new Object[meta.fieldCount()];
        changes.values().forEach((at, value) -> values[at] = value);
        List<OrgError> keyErrors = resolveForeignKeys(changes, values);
        if (!keyErrors.isEmpty()) {
            return new Prepared(meta, null, keyErrors);
        }
        applyDefaults(meta, values, changes.values(), stamp);
        computeName(meta, values);
        return new Prepared(meta, values, checks.check(meta, values, null, null));
    }

    /** Saves a prepared record and returns its new id. */
    String commit(Prepared prepared, Stamp stamp) {
        ObjectMeta meta = prepared.meta();
        Object[] values = prepared.values();
        String id = store.nextId(meta);
        values[meta.require("Id")] = id;
        set(meta, values, "IsDeleted", Boolean.FALSE);
        set(meta, values, "CreatedDate", stamp.now());
        set(meta, values, "CreatedById", stamp.actorId());
        touch(meta, values, stamp);
        store.put(new StoredRecord(meta, id, values));
        return id;
    }

    /** Updates a live record with changes from a client (converted leads are refused). */
    SaveResult modify(StoredRecord existing, FieldChanges changes, Stamp stamp) {
        if (existing.isDeleted()) {
            return SaveResult.failed(existing.id(), List.of(OrgErrors.entityIsDeleted()));
        }
        if (isConvertedLead(existing)) {
            return SaveResult.failed(existing.id(), List.of(OrgErrors.convertedLead()));
        }
        if (!changes.ok()) {
            return SaveResult.failed(existing.id(), changes.errors());
        }
        Object[] resolved = new Object[existing.meta().fieldCount()];
        List<OrgError> keyErrors = resolveForeignKeys(changes, resolved);
        if (!keyErrors.isEmpty()) {
            return SaveResult.failed(existing.id(), keyErrors);
        }
        Map<Integer, Object> all = new java.util.HashMap<>(changes.values());
        changes.foreignKeys().forEach(k -> all.put(k.referencePosition(), resolved[k.referencePosition()]));
        return apply(existing, all, stamp);
    }

    /** Applies changes the org itself makes (lead conversion), bypassing field permissions. */
    SaveResult apply(StoredRecord existing, Map<Integer, Object> changes, Stamp stamp) {
        ObjectMeta meta = existing.meta();
        Object[] previous = existing.copyValues();
        Object[] values = existing.copyValues();
        changes.forEach((at, value) -> values[at] = value);
        computeName(meta, values);
        List<OrgError> errors = checks.check(meta, values, previous, existing.id());
        if (!errors.isEmpty()) {
            return SaveResult.failed(existing.id(), errors);
        }
        touch(meta, values, stamp);
        store.put(new StoredRecord(meta, existing.id(), values));
        return SaveResult.ok(existing.id(), false);
    }

    SaveResult softDelete(StoredRecord existing, Stamp stamp) {
        if (existing.isDeleted()) {
            return SaveResult.failed(existing.id(), List.of(OrgErrors.entityIsDeleted()));
        }
        ObjectMeta meta = existing.meta();
        Object[] values = existing.copyValues();
        values[meta.require("IsDeleted")] = Boolean.TRUE;
        touch(meta, values, stamp);
        store.put(new StoredRecord(meta, existing.id(), values));
        return SaveResult.ok(existing.id(), false);
    }

    private List<OrgError> resolveForeignKeys(FieldChanges changes, Object[] values) {
        List<OrgError> errors = new java.util.ArrayList<>();
        for (ForeignKey key : changes.foreignKeys()) {
            values[key.referencePosition()] = key.resolve(store, errors);
        }
        return errors;
    }

    static boolean isConvertedLead(StoredRecord record) {
        return record.meta().name().equals("Lead") && Boolean.TRUE.equals(record.value("IsConverted"));
    }

    private static void applyDefaults(ObjectMeta meta, Object[] values, Map<Integer, Object> given, Stamp stamp) {
        for (int i = 0; i < meta.fieldCount(); i++) {
            FieldSchema field = meta.field(i);
            if (given.containsKey(i) || values[i] != null || !field.defaultedOnCreate()) {
                continue;
            }
            switch (meta.type(i)) {
                case BOOLEAN -> values[i] = Boolean.FALSE;
                case PICKLIST -> values[i] = field.picklistValues().stream().filter(PicklistValue::defaultValue)
                        .map(PicklistValue::value).findFirst().orElse(null);
                case REFERENCE -> values[i] = field.referenceTo().contains("User") ? stamp.actorId() : null;
                default -> { }
            }
        }
    }

    /** Name of Lead, Contact and User: "FirstName LastName", as Salesforce composes it. */
    private static void computeName(ObjectMeta meta, Object[] values) {
        if (!meta.hasComputedName()) {
            return;
        }
        Object first = values[meta.require("FirstName")];
        Object last = values[meta.require("LastName")];
        String name = ((first == null ? "" : first + " ") + (last == null ? "" : last)).strip();
        values[meta.require("Name")] = name.isEmpty() ? null : name;
    }

    private static void touch(ObjectMeta meta, Object[] values, Stamp stamp) {
        set(meta, values, "LastModifiedDate", stamp.now());
        set(meta, values, "LastModifiedById", stamp.actorId());
        set(meta, values, "SystemModstamp", stamp.now());
    }

    private static void set(ObjectMeta meta, Object[] values, String field, Object value) {
        int at = meta.position(field);
        if (at >= 0) {
            values[at] = value;
        }
    }
}
