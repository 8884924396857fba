package com.revealsync.org.fault;

import com.revealsync.org.data.DmlOptions;
import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.LeadConvertResult;
import com.revealsync.org.data.ForwardingOrgData;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.OrgUser;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SObjectSchema;
import com.revealsync.org.data.SaveResult;
import com.revealsync.org.data.value.OrgErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The org's data with {@code UNABLE_TO_LOCK_ROW} on a share of the records saved, as a busy
 * Salesforce org answers when another transaction holds the row. A refused record is not saved;
 * the others of the same call go through the org as usual, results in the caller's order. Every
 * API (SOAP, Bulk v1, Bulk 2.0) saves through this one decorator.
 */
public final class LockFaultOrgData extends ForwardingOrgData {

    static final String STATUS = "UNABLE_TO_LOCK_ROW";

    private final OrgData delegate;
    private final FaultInjector faults;
    private final boolean allOrNone;

    public LockFaultOrgData(OrgData delegate, FaultInjector faults) {
        this(delegate, faults, false);
    }

    private LockFaultOrgData(OrgData delegate, FaultInjector faults, boolean allOrNone) {
        this.delegate = delegate;
        this.faults = faults;
        this.allOrNone = allOrNone;
    }

    @Override
    protected OrgData delegate() {
        return delegate;
    }

    @Override
    public List<SaveResult> create(List<RecordInput> records) {
        return guarded(records, LockFaultOrgData::lockedRecordOf, delegate::create);
    }

    @Override
    public List<SaveResult> update(List<RecordInput> records) {
        return guarded(records, LockFaultOrgData::lockedRecordOf, delegate::update);
    }

    @Override
    public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return guarded(records, LockFaultOrgData::lockedRecordOf, rs -> delegate.upsert(externalIdField, rs));
    }

    @Override
    public List<SaveResult> delete(List<String> ids) {
        return guarded(ids, id -> id, delegate::delete);
    }

    private <T> List<SaveResult> guarded(List<T> items, Function<T, String> lockedId,
                                         Function<List<T>, List<SaveResult>> save) {
        SaveResult[] results = new SaveResult[items.size()];
        List<T> passed = new ArrayList<>(items.size());
        List<Integer> positions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (faults.lock()) {
                results[i] = locked(lockedId.apply(items.get(i)));
            } else {
                passed.add(items.get(i));
                positions.add(i);
            }
        }
        if (allOrNone && passed.size() < items.size()) {
            // one locked record fails the whole all-or-none call: nothing is saved
            positions.forEach(i -> results[i] = SaveResult.failed(null, List.of(OrgErrors.rolledBack())));
        } else if (!passed.isEmpty()) {
            List<SaveResult> saved = save.apply(passed);
            for (int i = 0; i < saved.size(); i++) {
                results[positions.get(i)] = saved.get(i);
            }
        }
        return List.of(results);
    }

    /** The record whose lock is said to be held: the record itself, else the Account it attaches to. */
    private static String lockedRecordOf(RecordInput record) {
        return record.id() != null ? record.id() : record.values().get("AccountId");
    }

    static SaveResult locked(String id) {
        String message = "unable to obtain exclusive access to this record"
                + (id == null || id.isBlank() ? "" : " or 1 records: " + id);
        return SaveResult.failed(null, List.of(new OrgError(STATUS, message, List.of())));
    }

    /** The same faults for DML done as another user. */
    @Override
    public OrgData actingAs(String userId) {
        return new LockFaultOrgData(delegate.actingAs(userId), faults, allOrNone);
    }

    /** The same faults for DML with options (all-or-none, field truncation). */
    @Override
    public OrgData withOptions(DmlOptions options) {
        return new LockFaultOrgData(delegate.withOptions(options), faults, options.allOrNone());
    }

}
