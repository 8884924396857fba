package com.revealsync.org.data.dml;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.validation.FieldChanges;
import com.revealsync.org.data.validation.InputReader;
import com.revealsync.org.data.validation.InputReader.Mode;
import com.revealsync.org.data.validation.OrgRules;
import com.revealsync.org.data.validation.SaveChecks;
import com.revealsync.org.data.value.OrgErrors;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * create, update and delete. Each input is read and checked field by field before the write lock
 * is taken; the checks that need other records and the saving happen under the lock, record by
 * record in the caller's order, so a bad record fails alone (allOrNone=false).
 */
public final class DmlEngine {

    private final OrgStore store;
    private final InputReader reader;
    private final RecordWriter writer;
    private final Clock clock;

    public DmlEngine(OrgStore store, InputReader reader, OrgRules rules, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.writer = new RecordWriter(store, new SaveChecks(store, rules));
        this.clock = clock;
    }

    RecordWriter writer() {
        return writer;
    }

    InputReader reader() {
        return reader;
    }

    OrgStore store() {
        return store;
    }

    Stamp stamp(String actorId) {
        return new Stamp(clock.instant(), actorId);
    }

    public List<SaveResult> create(List<RecordInput> inputs, Caller caller) {
        List<ObjectMeta> metas = inputs.stream().map(i -> store.schema().require(i.type())).toList();
        List<FieldChanges> changes = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            changes.add(reader.read(metas.get(i), inputs.get(i), Mode.CREATE, truncate(caller)));
        }
        return store.write(() -> {
            Stamp stamp = stamp(caller.userId());
            List<SaveResult> results = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                ObjectMeta meta = metas.get(i);
                results.add(meta.schema().createable()
                        ? writer.insert(meta, changes.get(i), stamp)
                        : SaveResult.failed(null, List.of(OrgErrors.typeNotSupported(meta.name(), "create"))));
            }
            return finish(results, caller);
        });
    }

    public List<SaveResult> update(List<RecordInput> inputs, Caller caller) {
        List<Target> targets = inputs.stream().map(this::target).toList();
        List<FieldChanges> changes = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Target t = targets.get(i);
            changes.add(t.error() == null ? reader.read(t.meta(), inputs.get(i), Mode.UPDATE, truncate(caller)) : null);
        }
        return store.write(() -> {
            Stamp stamp = stamp(caller.userId());
            Set<String> seen = new HashSet<>();
            List<SaveResult> results = new ArrayList<>(inputs.size());
            for (int i = 0; i < inputs.size(); i++) {
                Target t = targets.get(i);
                if (t.error() != null) {
                    results.add(SaveResult.failed(null, List.of(t.error())));
                } else if (!seen.add(t.id())) {
                    results.add(SaveResult.failed(t.id(), List.of(OrgErrors.duplicateIdInList(t.id()))));
                } else {
                    results.add(updateOne(t, changes.get(i), stamp));
                }
            }
            return finish(results, caller);
        });
    }

    private SaveResult updateOne(Target target, FieldChanges changes, Stamp stamp) {
        if (!target.meta().schema().updateable()) {
            return SaveResult.failed(target.id(), List.of(OrgErrors.typeNotSupported(target.meta().name(), "update")));
        }
        Optional<StoredRecord> existing = store.table(target.meta()).get(target.id());
        if (existing.isEmpty()) {
            return SaveResult.failed(target.id(), List.of(OrgErrors.invalidCrossReference(List.of())));
        }
        return writer.modify(existing.get(), changes, stamp);
    }

    public List<SaveResult> delete(List<String> ids, Caller caller) {
        return new Deleter(this).delete(ids, caller);
    }

    /**
     * With all-or-none, a call with any failed record keeps nothing: its changes are rolled back
     * and the records that had succeeded fail with ALL_OR_NONE_OPERATION_ROLLED_BACK. Under the lock.
     */
    List<SaveResult> finish(List<SaveResult> results, Caller caller) {
        if (!caller.options().allOrNone() || results.stream().allMatch(SaveResult::success)) {
            return results;
        }
        store.rollback();
        return results.stream().map(r -> r.success()
                ? SaveResult.failed(r.created() ? null : r.id(), List.of(OrgErrors.rolledBack())) : r).toList();
    }

    static boolean truncate(Caller caller) {
        return caller.options().allowFieldTruncation();
    }

    /** The record an update names: its object and normalized id, or the error that refuses it. */
    record Target(ObjectMeta meta, String id, OrgError error) {
    }

    Target target(RecordInput input) {
        String raw = input.id();
        if (raw == null || raw.isBlank()) {
            raw = input.values().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Id"))
                    .map(e -> e.getValue()).findFirst().orElse(null);
        }
        ObjectMeta meta = input.type() == null ? null : store.schema().require(input.type());
        if (raw == null || raw.isBlank()) {
            return new Target(meta, null, OrgErrors.idMissingOnUpdate());
        }
        Optional<String> id = SalesforceIds.normalize(raw.strip());
        Optional<ObjectMeta> byPrefix = id.flatMap(i -> store.schema().byKeyPrefix(SalesforceIds.keyPrefix(i)));
        if (meta == null) {
            meta = byPrefix.orElse(null);
        }
        if (meta == null) {
            return new Target(null, raw, OrgErrors.malformedRecordId(raw));
        }
        if (id.isEmpty() || byPrefix.isEmpty() || byPrefix.get() != meta) {
            return new Target(meta, raw, OrgErrors.malformedId(meta.field(meta.require("Id")), raw));
        }
        return new Target(meta, id.get(), null);
    }
}
