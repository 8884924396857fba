package com.revealsync.testing;

import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.LeadConvertResult;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgUser;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SObjectSchema;
import com.revealsync.org.data.SaveResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded org's data, counting the write calls (create, update, upsert, delete) and the
 * records they carry, whichever API (SOAP or Bulk) brought them: how a test proves that a rerun
 * "makes no write call at all".
 */
public final class CountingOrgData implements OrgData {

    private final OrgData delegate;
    private final AtomicLong writeCalls;
    private final AtomicLong writtenRecords;

    public CountingOrgData(OrgData delegate) {
        this(delegate, new AtomicLong(), new AtomicLong());
    }

    private CountingOrgData(OrgData delegate, AtomicLong writeCalls, AtomicLong writtenRecords) {
        this.delegate = delegate;
        this.writeCalls = writeCalls;
        this.writtenRecords = writtenRecords;
    }

    public long writeCalls() {
        return writeCalls.get();
    }

    public long writtenRecords() {
        return writtenRecords.get();
    }

    public void reset() {
        writeCalls.set(0);
        writtenRecords.set(0);
    }

    private <T> List<T> counted(int records, List<T> results) {
        writeCalls.incrementAndGet();
        writtenRecords.addAndGet(records);
        return results;
    }

    @Override public String organizationId() { return delegate.organizationId(); }
    @Override public String organizationName() { return delegate.organizationName(); }
    @Override public List<String> objectNames() { return delegate.objectNames(); }
    @Override public SObjectSchema describe(String objectName) { return delegate.describe(objectName); }
    @Override public List<SaveResult> create(List<RecordInput> records) { return counted(records.size(), delegate.create(records)); }
    @Override public List<SaveResult> update(List<RecordInput> records) { return counted(records.size(), delegate.update(records)); }
    @Override public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return counted(records.size(), delegate.upsert(externalIdField, records));
    }
    @Override public List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        return counted(requests.size(), delegate.convertLead(requests));
    }
    @Override public OrgData actingAs(String userId) {
        return new CountingOrgData(delegate.actingAs(userId), writeCalls, writtenRecords);
    }
    @Override public List<SaveResult> delete(List<String> ids) { return counted(ids.size(), delegate.delete(ids)); }
    @Override public List<Optional<QueryRecord>> retrieve(String fieldList, String objectName, List<String> ids) {
        return delegate.retrieve(fieldList, objectName, ids);
    }
    @Override public QueryPage query(String soql, int batchSize) { return delegate.query(soql, batchSize); }
    @Override public QueryPage queryMore(String queryLocator, int batchSize) { return delegate.queryMore(queryLocator, batchSize); }
    @Override public Optional<OrgUser> userByUsername(String username) { return delegate.userByUsername(username); }
    @Override public Optional<OrgUser> userById(String userId) { return delegate.userById(userId); }
    @Override public Map<String, Long> recordCounts() { return delegate.recordCounts(); }
    @Override public void close() { delegate.close(); }
}
