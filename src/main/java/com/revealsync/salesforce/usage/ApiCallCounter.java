package com.revealsync.salesforce.usage;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the HTTP requests sent to Salesforce, by kind, retries and session renewals included:
 * every request counts against the org's daily API limit, whether it succeeded or not.
 * Thread-safe; one instance is shared by every gateway and token source of the application.
 */
public final class ApiCallCounter {

    private final Map<ApiCallKind, LongAdder> counts = new EnumMap<>(ApiCallKind.class);

    public ApiCallCounter() {
        for (ApiCallKind kind : ApiCallKind.values()) {
            counts.put(kind, new LongAdder());
        }
    }

    public void increment(ApiCallKind kind) {
        counts.get(kind).increment();
    }

    /** The counts so far; subtract an earlier snapshot to get one run's calls. */
    public ApiCallCounts snapshot() {
        Map<ApiCallKind, Long> copy = new EnumMap<>(ApiCallKind.class);
        counts.forEach((kind, adder) -> copy.put(kind, adder.sum()));
        return new ApiCallCounts(copy);
    }
}
