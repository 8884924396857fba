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
        List<WriteResult> results = new ArrayList<>();
        byUpsertKey.forEach((key, records) -> {
            if (records.isEmpty()) {
                return;
            }
            if (key.isEmpty()) {
                results.addAll(heard(gateway, object, records, viaBulk(records)
                        ? bulk.jobs(gateway).write(object, BulkOperation.INSERT, null, records)
                        : gateway.create(object, records)));
            } else {
                results.addAll(heard(gateway, object, records, viaBulk(records)
                        ? bulk.jobs(gateway).write(object, BulkOperation.UPSERT, key, records)
                        : gateway.upsert(object, key, records)));
            }
        });
        return results;
    }

    List<WriteResult> update(SalesforceGateway gateway, String object, List<RecordWrite> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        return heard(gateway, object, records, viaBulk(records)
                ? bulk.jobs(gateway).write(object, BulkOperation.UPDATE, null, records)
                : gateway.update(object, records));
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
