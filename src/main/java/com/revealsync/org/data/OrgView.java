package com.revealsync.org.data;

import com.revealsync.org.data.dml.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link OrgDatabase} seen by one user with given DML options: its DML is recorded as that user's. */
final class OrgView extends ForwardingOrgData {

    private final OrgDatabase org;
    private final Caller caller;

    OrgView(OrgDatabase org, Caller caller) {
        this.org = org;
        this.caller = caller;
    }

    @Override
    protected OrgData delegate() {
        return org;
    }

    @Override
    public List<SaveResult> create(List<RecordInput> records) {
        return org.create(records, caller);
    }

    @Override
    public List<SaveResult> update(List<RecordInput> records) {
        return org.update(records, caller);
    }

    @Override
    public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return org.upsert(externalIdField, records, caller);
    }

    @Override
    public List<SaveResult> delete(List<String> ids) {
        return org.delete(ids, caller);
    }

    @Override
    public List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        return org.convertLead(requests, caller.userId());
    }

    @Override
    public OrgData actingAs(String otherUserId) {
        return new OrgView(org, new Caller(org.requireUser(otherUserId), caller.options()));
    }

    @Override
    public OrgData withOptions(DmlOptions options) {
        return new OrgView(org, new Caller(caller.userId(), options));
    }

    /** The view shares the database: closing it leaves the database open. */
    @Override
    public void close() {
        // the database is closed by its owner
    }
}
