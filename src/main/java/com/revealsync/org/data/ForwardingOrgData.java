package com.revealsync.org.data;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link OrgData} that hands every call to another one: the base of decorators (a user's view,
 * fault injection, a test's call counting), which override only what they change.
 */
public abstract class ForwardingOrgData implements OrgData {

    /** The org data calls go to. */
    protected abstract OrgData delegate();

    @Override
    public String organizationId() {
        return delegate().organizationId();
    }

    @Override
    public String organizationName() {
        return delegate().organizationName();
    }

    @Override
    public List<String> objectNames() {
        return delegate().objectNames();
    }

    @Override
    public SObjectSchema describe(String objectName) {
        return delegate().describe(objectName);
    }

    @Override
    public List<SaveResult> create(List<RecordInput> records) {
        return delegate().create(records);
    }

    @Override
    public List<SaveResult> update(List<RecordInput> records) {
        return delegate().update(records);
    }

    @Override
    public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return delegate().upsert(externalIdField, records);
    }

    @Override
    public List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        return delegate().convertLead(requests);
    }

    @Override
    public List<SaveResult> delete(List<String> ids) {
        return delegate().delete(ids);
    }

    @Override
    public List<Optional<QueryRecord>> retrieve(String fieldList, String objectName, List<String> ids) {
        return delegate().retrieve(fieldList, objectName, ids);
    }

    @Override
    public QueryPage query(String soql, int batchSize) {
        return delegate().query(soql, batchSize);
    }

    @Override
    public QueryPage queryAll(String soql, int batchSize) {
        return delegate().queryAll(soql, batchSize);
    }

    @Override
    public QueryPage queryMore(String queryLocator, int batchSize) {
        return delegate().queryMore(queryLocator, batchSize);
    }

    @Override
    public Instant serverTime() {
        return delegate().serverTime();
    }

    @Override
    public Optional<OrgUser> userByUsername(String username) {
        return delegate().userByUsername(username);
    }

    @Override
    public Optional<OrgUser> userById(String userId) {
        return delegate().userById(userId);
    }

    @Override
    public Map<String, Long> recordCounts() {
        return delegate().recordCounts();
    }

    @Override
    public void close() {
        delegate().close();
    }
}
