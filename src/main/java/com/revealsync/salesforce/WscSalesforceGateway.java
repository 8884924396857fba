package com.revealsync.salesforce;

import com.revealsync.salesforce.bulk.BulkJobRunner;
import com.revealsync.salesforce.bulk.BulkQueryRunner;
import com.revealsync.salesforce.soap.SoapReader;
import com.revealsync.salesforce.soap.SoapWriter;
import com.revealsync.salesforce.usage.ApiUsage;
import com.revealsync.salesforce.usage.ApiUsageMonitor;
import com.sforce.soap.partner.DescribeSObjectResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/** The gateway on the official WSC client: SOAP Partner API and Bulk API v1. */
final class WscSalesforceGateway implements SalesforceGateway {

    private final SoapReader reader;
    private final SoapWriter writer;
    private final BulkJobRunner bulk;
    private final BulkQueryRunner bulkQuery;
    private final ApiUsageMonitor usage;

    WscSalesforceGateway(SoapReader reader, SoapWriter writer, BulkJobRunner bulk, BulkQueryRunner bulkQuery,
                         ApiUsageMonitor usage) {
        this.reader = reader;
        this.writer = writer;
        this.bulk = bulk;
        this.bulkQuery = bulkQuery;
        this.usage = usage;
    }

    @Override
    public DescribeSObjectResult describe(String object) {
        return reader.describe(object);
    }

    @Override
    public void prefetchDescribes(Collection<String> objects) {
        reader.prefetchDescribes(objects);
    }

    @Override
    public List<SalesforceRecord> query(String soql) {
        return reader.query(soql);
    }

    @Override
    public void queryEach(String soql, Consumer<SalesforceRecord> consumer) {
        reader.queryEach(soql, consumer);
    }

    @Override
    public long queryEachIf(String soql, LongPredicate readOn, Consumer<SalesforceRecord> consumer) {
        return reader.queryEachIf(soql, readOn, consumer);
    }

    @Override
    public void queryAllEach(String soql, Consumer<SalesforceRecord> consumer) {
        reader.queryAllEach(soql, consumer);
    }

    @Override
    public Optional<SessionIdentity> identity() {
        return Optional.of(reader.identity());
    }

    @Override
    public Instant serverTime() {
        return reader.serverTime();
    }

    @Override
    public void bulkQuery(String object, String soql, Consumer<SalesforceRecord> consumer) {
        bulkQuery.run(object, soql, consumer);
    }

    @Override
    public void bulkQueries(List<BulkQuery> queries) {
        bulkQuery.runAll(queries);
    }

    @Override
    public long count(String soql) {
        return reader.count(soql);
    }

    @Override
    public List<WriteResult> create(String object, List<RecordWrite> records) {
        return writer.create(object, records);
    }

    @Override
    public List<WriteResult> update(String object, List<RecordWrite> records) {
        return writer.update(object, records);
    }

    @Override
    public List<WriteResult> upsert(String object, String externalIdField, List<RecordWrite> records) {
        return writer.upsert(object, externalIdField, records);
    }

    @Override
    public List<WriteResult> delete(List<String> ids) {
        return writer.delete(ids);
    }

    @Override
    public List<WriteResult> bulk(String object, BulkOperation operation, String externalIdField,
                                  List<RecordWrite> records) {
        return bulk.run(object, operation, externalIdField, records);
    }

    @Override
    public BulkWrites bulkWrites() {
        return bulk.openJobs();
    }

    @Override
    public Optional<ApiUsage> apiUsage() {
        return usage.latest();
    }
}
