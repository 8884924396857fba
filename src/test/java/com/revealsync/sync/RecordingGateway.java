package com.revealsync.sync;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.usage.ApiUsage;
import com.sforce.soap.partner.DescribeSObjectResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A gateway that records the writes it is given and answers each with success (creates get ids
 * {@code 001000000000001}, ...); queries are recorded, and find nothing but where they read a whole
 * object (no WHERE: the snapshot's reads). {@code count}, such queries ({@code queryEachIf} too) and {@code bulkQuery} answer
 * from {@link #orgRecords}.
 */
final class RecordingGateway implements SalesforceGateway {

    final List<RecordWrite> creates = new ArrayList<>();
    final List<RecordWrite> upserts = new ArrayList<>();
    final List<RecordWrite> updates = new ArrayList<>();
    final List<String> queries = new ArrayList<>();
    final List<String> bulkQueries = new ArrayList<>();
    /** What count and bulkQuery answer, per object. */
    final java.util.Map<String, List<SalesforceRecord>> orgRecords = new java.util.HashMap<>();
    private int ids;

    @Override
    public DescribeSObjectResult describe(String object) {
        throw new UnsupportedOperationException("describe");
    }

    @Override
    public List<SalesforceRecord> query(String soql) {
        queries.add(soql);
        return List.of();
    }

    @Override
    public void queryEach(String soql, Consumer<SalesforceRecord> consumer) {
        queries.add(soql);
        if (!soql.contains(" WHERE ")) {
            orgRecords.getOrDefault(soql.substring(soql.lastIndexOf(' ') + 1), List.of()).forEach(consumer);
        }
    }

    @Override
    public long queryEachIf(String soql, java.util.function.LongPredicate readOn, Consumer<SalesforceRecord> consumer) {
        queries.add(soql);
        List<SalesforceRecord> found = soql.contains(" WHERE ") ? List.of()
                : orgRecords.getOrDefault(soql.substring(soql.lastIndexOf(' ') + 1), List.of());
        if (readOn.test(found.size())) {
            found.forEach(consumer);
        }
        return found.size();
    }

    @Override
    public void bulkQuery(String object, String soql, Consumer<SalesforceRecord> consumer) {
        bulkQueries.add(soql);
        orgRecords.getOrDefault(object, List.of()).forEach(consumer);
    }

    @Override
    public long count(String soql) {
        String object = soql.substring(soql.lastIndexOf(' ') + 1);
        return orgRecords.getOrDefault(object, List.of()).size();
    }

    @Override
    public List<WriteResult> create(String object, List<RecordWrite> records) {
        creates.addAll(records);
        return created(records);
    }

    @Override
    public List<WriteResult> update(String object, List<RecordWrite> records) {
        updates.addAll(records);
        return records.stream().map(r -> WriteResult.succeeded(r.key(), r.id(), false)).toList();
    }

    @Override
    public List<WriteResult> upsert(String object, String externalIdField, List<RecordWrite> records) {
        upserts.addAll(records);
        return created(records);
    }

    @Override
    public List<WriteResult> delete(List<String> ids) {
        throw new UnsupportedOperationException("delete");
    }

    @Override
    public List<WriteResult> bulk(String object, BulkOperation operation, String externalIdField,
                                  List<RecordWrite> records) {
        return switch (operation) {
            case INSERT -> create(object, records);
            case UPSERT -> upsert(object, externalIdField, records);
            case UPDATE -> update(object, records);
            default -> throw new UnsupportedOperationException(operation.toString());
        };
    }

    @Override
    public Optional<ApiUsage> apiUsage() {
        return Optional.empty();
    }

    private List<WriteResult> created(List<RecordWrite> records) {
        return records.stream().map(r -> WriteResult.succeeded(r.key(), String.format("001%012d", ++ids), true)).toList();
    }
}
