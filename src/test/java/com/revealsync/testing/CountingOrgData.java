package com.revealsync.testing;

import com.revealsync.org.data.ForwardingOrgData;
import com.revealsync.org.data.LeadConvertRequest;
import com.revealsync.org.data.LeadConvertResult;
import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded org's data, counting the write calls (create, update, upsert, delete) and the
 * records they carry, whichever API (SOAP or Bulk) brought them: how a test proves that a rerun
 * "makes no write call at all". It also counts the query and queryAll calls (not their queryMore
 * pages), so a test can tell lookups from reads of changes, and the reads of the org's clock
 * ({@code getServerTimestamp}).
 */
public final class CountingOrgData extends ForwardingOrgData {

    private final OrgData delegate;
    private final AtomicLong writeCalls;
    private final AtomicLong writtenRecords;
    private final AtomicLong queries;
    private final AtomicLong queryAlls;
    private final AtomicLong serverTimes;

    public CountingOrgData(OrgData delegate) {
        this(delegate, new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong());
    }

    private CountingOrgData(OrgData delegate, AtomicLong writeCalls, AtomicLong writtenRecords,
                            AtomicLong queries, AtomicLong queryAlls, AtomicLong serverTimes) {
        this.delegate = delegate;
        this.writeCalls = writeCalls;
        this.writtenRecords = writtenRecords;
        this.queries = queries;
        this.queryAlls = queryAlls;
        this.serverTimes = serverTimes;
    }

    /** A copy counting into the same counters, over another view of the data. */
    private CountingOrgData over(OrgData view) {
        return new CountingOrgData(view, writeCalls, writtenRecords, queries, queryAlls, serverTimes);
    }

    public long writeCalls() {
        return writeCalls.get();
    }

    public long writtenRecords() {
        return writtenRecords.get();
    }

    /** query calls (not their queryMore pages). */
    public long queries() {
        return queries.get();
    }

    /** queryAll calls (not their queryMore pages). */
    public long queryAlls() {
        return queryAlls.get();
    }

    /** Reads of the org's clock ({@code getServerTimestamp}). */
    public long serverTimeCalls() {
        return serverTimes.get();
    }

    public void reset() {
        writeCalls.set(0);
        writtenRecords.set(0);
        queries.set(0);
        queryAlls.set(0);
        serverTimes.set(0);
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
    public QueryPage query(String soql, int batchSize) {
        queries.incrementAndGet();
        return delegate.query(soql, batchSize);
    }

    @Override
    public QueryPage queryAll(String soql, int batchSize) {
        queryAlls.incrementAndGet();
        return delegate.queryAll(soql, batchSize);
    }

    @Override
    public java.time.Instant serverTime() {
        serverTimes.incrementAndGet();
        return delegate.serverTime();
    }

    @Override
    public OrgData actingAs(String userId) {
        return over(delegate.actingAs(userId));
    }

    @Override
    public OrgData withOptions(com.revealsync.org.data.DmlOptions options) {
        return over(delegate.withOptions(options));
    }
}
