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

    /** Calls not named by an operation. */
    static final String UNNAMED = "other";

    private final Map<ApiCallKind, LongAdder> counts = new EnumMap<>(ApiCallKind.class);
    /** By {@code "<kind> <operation>"} ({@code "bulk addBatch"}, {@code "soap queryMore"}). */
    private final Map<String, LongAdder> byOperation = new ConcurrentHashMap<>();
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
            counts.put(kind, new LongAdder());
        }
    }

    public void increment(ApiCallKind kind) {
        increment(kind, UNNAMED);
    }

    /** Counts one call of {@code operation} ({@code query}, {@code addBatch}, ...). */
    public void increment(ApiCallKind kind, String operation) {
        counts.get(kind).increment();
        byOperation.computeIfAbsent(kind.key() + " " + operation, k -> new LongAdder()).increment();
    }

    public Waiting waiting() {
        return new Waiting();
    }

    /** The counts so far; subtract an earlier snapshot to get one run's calls. */
    public ApiCallCounts snapshot() {
        Map<ApiCallKind, Long> copy = new EnumMap<>(ApiCallKind.class);
        counts.forEach((kind, adder) -> copy.put(kind, adder.sum()));
        Map<String, Long> operations = new HashMap<>();
        byOperation.forEach((operation, adder) -> operations.put(operation, adder.sum()));
        return new ApiCallCounts(copy, operations, waitedNanos.sum() / 1_000_000);
    }
}
