package com.revealsync.salesforce.usage;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Counts the HTTP requests sent to Salesforce, by kind, retries and session renewals included:
 * every request counts against the org's daily API limit, whether it succeeded or not. Also sums
 * the time threads spent waiting for the org (its answers, Bulk polls, retry backoffs), so that a
 * run can tell its own time from the org's. Thread-safe; one instance is shared by every gateway
 * and token source of the application.
 */
public final class ApiCallCounter {

    /** Per kind, the calls by operation ({@code addBatch}, {@code queryMore}, ...); a kind's total is their sum. */
    private final Map<ApiCallKind, Map<String, LongAdder>> counts = new EnumMap<>(ApiCallKind.class);
    private final LongAdder waitedNanos = new LongAdder();
    /** Nesting of waits on this thread: a token renewal inside a call is not counted twice. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
    private final LongSupplier nanoTime;

    /** A stretch of time spent waiting for the org; closing it adds its length (outermost only). */
    public final class Waiting implements AutoCloseable {
        private final long start = nanoTime.getAsLong();

        private Waiting() {
            depth.get()[0]++;
        }

        @Override
        public void close() {
            if (--depth.get()[0] == 0) {
                waitedNanos.add(nanoTime.getAsLong() - start);
            }
        }
    }

    public ApiCallCounter() {
        this(System::nanoTime);
    }

    /** With the given nanosecond clock (tests). */
    public ApiCallCounter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        for (ApiCallKind kind : ApiCallKind.values()) {
            counts.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** Counts one call of {@code operation} ({@code query}, {@code addBatch}, ...). */
    public void increment(ApiCallKind kind, String operation) {
        counts.get(kind).computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    public Waiting waiting() {
        return new Waiting();
    }

    /** The counts so far; subtract an earlier snapshot to get one run's calls. */
    public ApiCallCounts snapshot() {
        Map<ApiCallKind, Long> byKind = new EnumMap<>(ApiCallKind.class);
        Map<String, Long> byOperation = new HashMap<>();
        counts.forEach((kind, operations) -> operations.forEach((operation, adder) -> {
            long n = adder.sum();
            byKind.merge(kind, n, Long::sum);
            byOperation.put(kind.key() + " " + operation, n);
        }));
        return new ApiCallCounts(byKind, byOperation, waitedNanos.sum() / 1_000_000);
    }
}
