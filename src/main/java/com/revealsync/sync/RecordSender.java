package com.revealsync.sync;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends planned writes through the SOAP API or, in Bulk mode, as batches of the run's open Bulk API
 * jobs ({@link BulkRoute}; small writes still go through SOAP). A create goes as an upsert on the
 * record's external id wherever it has one, so that a create resent after a lost answer, or after
 * a restart, finds the record the first attempt made instead of making a second one.
 */
final class RecordSender {

    /** Hears of each record written successfully, with the values sent. */
    @FunctionalInterface
    interface WriteListener {
        void written(SalesforceGateway gateway, String object, RecordWrite record, WriteResult result);
    }

    private final BulkRoute bulk;
    private final WriteListener listener;

    /** Through the SOAP API. */
    RecordSender() {
        this(null, (gateway, object, record, result) -> { });
    }

    /** Through the Bulk API where {@code bulk} is given, else the SOAP API. */
    RecordSender(BulkRoute bulk, WriteListener listener) {
        this.bulk = bulk;
        this.listener = listener;
    }

    /**
     * Creates records; each entry of {@code byUpsertKey} is the external-id field its records are
     * upserted on, or "" for records created plainly.
     */
    List<WriteResult> create(SalesforceGateway gateway, String object, Map<String, List<RecordWrite>> byUpsertKey) {
        return startCreate(gateway, object, byUpsertKey).get();
    }

    List<WriteResult> update(SalesforceGateway gateway, String object, List<RecordWrite> records) {
        return startUpdate(gateway, object, records).get();
    }

    /**
     * As {@link #create}, but through the Bulk API the batches are only added: the supplier waits for
     * them. SOAP calls are made at once.
     */
    Supplier<List<WriteResult>> startCreate(SalesforceGateway gateway, String object,
                                            Map<String, List<RecordWrite>> byUpsertKey) {
        List<Supplier<List<WriteResult>>> parts = new ArrayList<>();
        byUpsertKey.forEach((key, records) -> {
            if (records.isEmpty()) {
                return;
            }
            if (key.isEmpty()) {
                parts.add(viaBulk(records) ? bulk.jobs(gateway).start(object, BulkOperation.INSERT, null, records)::results
                        : done(gateway.create(object, records)));
            } else {
                parts.add(viaBulk(records) ? bulk.jobs(gateway).start(object, BulkOperation.UPSERT, key, records)::results
                        : done(gateway.upsert(object, key, records)));
            }
        });
        List<RecordWrite> all = byUpsertKey.values().stream().flatMap(List::stream).toList();
        return () -> heard(gateway, object, all, parts.stream().flatMap(p -> p.get().stream()).toList());
    }

    /** As {@link #update}, the Bulk API's wait left to the supplier. */
    Supplier<List<WriteResult>> startUpdate(SalesforceGateway gateway, String object, List<RecordWrite> records) {
        if (records.isEmpty()) {
            return List::of;
        }
        Supplier<List<WriteResult>> results = viaBulk(records)
                ? bulk.jobs(gateway).start(object, BulkOperation.UPDATE, null, records)::results
                : done(gateway.update(object, records));
        return () -> heard(gateway, object, records, results.get());
    }

    private static Supplier<List<WriteResult>> done(List<WriteResult> results) {
        return () -> results;
    }

    private boolean viaBulk(List<RecordWrite> records) {
        return bulk != null && !bulk.viaSoap(records.size());
    }

    /** Tells the listener of each success, matching results to records by key. */
    private List<WriteResult> heard(SalesforceGateway gateway, String object, List<RecordWrite> records,
                                    List<WriteResult> results) {
        Map<String, RecordWrite> byKey = new HashMap<>(records.size() * 2);
        records.forEach(r -> byKey.put(r.key(), r));
        for (WriteResult result : results) {
            RecordWrite record = byKey.get(result.key());
            if (result.success() && record != null) {
                listener.written(gateway, object, record, result);
            }
        }
        return results;
    }

    /** Groups records by upsert key ("" for none), keeping their order. */
    static Map<String, List<RecordWrite>> byKey(List<Map.Entry<String, RecordWrite>> keyed) {
        Map<String, List<RecordWrite>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, RecordWrite> e : keyed) {
            groups.computeIfAbsent(e.getKey() == null ? "" : e.getKey(), k -> new ArrayList<>()).add(e.getValue());
        }
        return groups;
    }
}
