package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SaveResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Saves the records of a bulk load through the org's {@link OrgData}, in chunks of 200 as
 * Salesforce does, so that Bulk validates exactly as SOAP does. A record that could not even be
 * read keeps its own error. Shared by Bulk API v1 and 2.0.
 */
public final class RecordSaver {

    public static final int CHUNK = 200;

    /** Told after each chunk; answers whether to go on (a Bulk 2.0 job aborted midway stops). */
    public interface Progress {
        boolean chunkDone(int processed, int failed);
    }

    private RecordSaver() {
    }

    /**
     * @return one result per record in order; null for records left unprocessed because
     *         {@code progress} asked to stop
     */
    public static List<SaveResult> save(OrgData data, BulkOperation operation, String externalIdField,
                                        List<BatchRecord> records, Progress progress) {
        SaveResult[] results = new SaveResult[records.size()];
        int failed = 0;
        for (int from = 0; from < records.size(); from += CHUNK) {
            int to = Math.min(records.size(), from + CHUNK);
            List<Integer> positions = new ArrayList<>(to - from);
            List<RecordInput> inputs = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                BatchRecord record = records.get(i);
                if (record.readable()) {
                    positions.add(i);
                    inputs.add(record.input());
                } else {
                    results[i] = SaveResult.failed(null, List.of(record.error()));
                }
            }
            List<SaveResult> saved = inputs.isEmpty() ? List.of() : call(data, operation, externalIdField, inputs);
            for (int i = 0; i < saved.size(); i++) {
                results[positions.get(i)] = saved.get(i);
            }
            for (int i = from; i < to; i++) {
                failed += results[i].success() ? 0 : 1;
            }
            if (!progress.chunkDone(to, failed)) {
                break;
            }
        }
        return Arrays.asList(results);
    }

    private static List<SaveResult> call(OrgData data, BulkOperation operation, String externalIdField,
                                         List<RecordInput> inputs) {
        List<SaveResult> saved = switch (operation) {
            case insert -> data.create(inputs);
            case update -> data.update(inputs);
            case upsert -> data.upsert(externalIdField, inputs);
            case delete -> data.delete(inputs.stream().map(r -> r.id() == null ? "" : r.id()).toList());
            case query -> throw new IllegalArgumentException("a query has no records to save");
        };
        if (saved.size() != inputs.size()) {
            throw new IllegalStateException("the org returned " + saved.size() + " results for " + inputs.size() + " records");
        }
        return saved;
    }
}
