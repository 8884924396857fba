package com.revealsync.salesforce.usage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable count of API calls by kind, every kind present, and by operation ({@code "bulk
 * addBatch"}, {@code "soap queryMore"}: the kind's key and the operation), and the milliseconds
 * spent waiting for the org (see {@link ApiCallCounter}).
 */
public record ApiCallCounts(Map<ApiCallKind, Long> byKind, Map<String, Long> byOperation, long waitedMillis) {

    public ApiCallCounts {
        Map<ApiCallKind, Long> all = new EnumMap<>(ApiCallKind.class);
        for (ApiCallKind kind : ApiCallKind.values()) {
            all.put(kind, byKind.getOrDefault(kind, 0L));
        }
        byKind = Map.copyOf(all);
        Map<String, Long> made = new TreeMap<>();
        byOperation.forEach((operation, n) -> {
            if (n != 0) {
                made.put(operation, n);
            }
        });
        byOperation = Collections.unmodifiableMap(made);
    }

    public long get(ApiCallKind kind) {
        return byKind.get(kind);
    }

    public long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The calls made since {@code earlier} was taken. */
    public ApiCallCounts minus(ApiCallCounts earlier) {
        Map<ApiCallKind, Long> diff = new EnumMap<>(ApiCallKind.class);
        for (ApiCallKind kind : ApiCallKind.values()) {
            diff.put(kind, get(kind) - earlier.get(kind));
        }
        Map<String, Long> operations = new HashMap<>(byOperation);
        earlier.byOperation.forEach((operation, n) -> operations.merge(operation, -n, Long::sum));
        return new ApiCallCounts(diff, operations, waitedMillis - earlier.waitedMillis);
    }

    /** {@code {"soap": n, "bulk": n, "oauth": n}} in a stable order, for the summary JSON. */
    public Map<String, Long> asSummary() {
        Map<String, Long> summary = new LinkedHashMap<>();
        for (ApiCallKind kind : ApiCallKind.values()) {
            summary.put(kind.key(), get(kind));
        }
        return summary;
    }
}
