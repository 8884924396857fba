package com.revealsync.testing;

import com.revealsync.org.data.ForwardingOrgData;
import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.LeadConvertResult;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded org's data, counting the write calls (create, update, upsert, delete) and the
 * records they carry, whichever API (SOAP or Bulk) brought them: how a test proves that a rerun
 * "makes no write call at all".
 */
public final class CountingOrgData extends ForwardingOrgData {

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

    @Override
    protected OrgData delegate() {
        return delegate;
    }

    @Override
    public List<SaveResult> create(List<RecordInput> records) {
        return counted(records.size(), delegate.create(records));
    }

    @Override
    public List<SaveResult> update(List<RecordInput> records) {
        return counted(records.size(), delegate.update(records));
    }

    @Override
    public List<SaveResult> upsert(String externalIdField, List<RecordInput> records) {
        return counted(records.size(), delegate.upsert(externalIdField, records));
    }

    @Override
    public List<LeadConvertResult> convertLead(List<LeadConvertRequest> requests) {
        return counted(requests.size(), delegate.convertLead(requests));
    }

    @Override
    public List<SaveResult> delete(List<String> ids) {
        return counted(ids.size(), delegate.delete(ids));
    }

    @Override
    public OrgData actingAs(String userId) {
        return new CountingOrgData(delegate.actingAs(userId), writeCalls, writtenRecords);
    }

    @Override
    public OrgData withOptions(com.revealsync.org.data.DmlOptions options) {
        return new CountingOrgData(delegate.withOptions(options), writeCalls, writtenRecords);
    }
}
