package com.revealsync.salesforce.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ApiCallCounterTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong();
    private final ApiCallCounter counter = new ApiCallCounter(now::get);

    @Test
    void waitsAddUpAndAWaitInsideAnotherCountsOnce() {
        try (ApiCallCounter.Waiting call = counter.waiting()) {
            now.addAndGet(30 * MS);
            try (ApiCallCounter.Waiting renewal = counter.waiting()) { // a token renewal inside the call
                now.addAndGet(20 * MS);
            }
            now.addAndGet(10 * MS);
        }
        now.addAndGet(500 * MS); // the pipeline's own work
        try (ApiCallCounter.Waiting poll = counter.waiting()) {
            now.addAndGet(40 * MS);
        }

        assertThat(counter.snapshot().waitedMillis()).isEqualTo(100);
    }

    @Test
    void aRunsWaitIsTheDifferenceOfTwoSnapshots() {
        try (ApiCallCounter.Waiting w = counter.waiting()) {
            now.addAndGet(70 * MS);
        }
        counter.increment(ApiCallKind.SOAP, "query");
        ApiCallCounts before = counter.snapshot();
        try (ApiCallCounter.Waiting w = counter.waiting()) {
            now.addAndGet(25 * MS);
        }
        counter.increment(ApiCallKind.BULK, "addBatch");

        ApiCallCounts run = counter.snapshot().minus(before);

        assertThat(run.waitedMillis()).isEqualTo(25);
        assertThat(run.asSummary()).isEqualTo(Map.of("soap", 0L, "bulk", 1L, "oauth", 0L));
    }

    @Test
    void callsAreCountedByOperationTooAndARunsAreTheDifference() {
        counter.increment(ApiCallKind.SOAP, "query");
        ApiCallCounts before = counter.snapshot();
        counter.increment(ApiCallKind.SOAP, "query");
        counter.increment(ApiCallKind.SOAP, "queryMore");
        counter.increment(ApiCallKind.BULK, "addBatch");
        counter.increment(ApiCallKind.BULK, "addBatch");
        counter.increment(ApiCallKind.BULK, "batchInfoList");
        counter.increment(ApiCallKind.OAUTH, "token");

        ApiCallCounts run = counter.snapshot().minus(before);

        assertThat(run.byOperation()).containsExactly(Map.entry("bulk addBatch", 2L), Map.entry("bulk batchInfoList", 1L),
                Map.entry("oauth token", 1L), Map.entry("soap query", 1L), Map.entry("soap queryMore", 1L));
        assertThat(run.asSummary()).containsExactly(Map.entry("soap", 2L), Map.entry("bulk", 3L), Map.entry("oauth", 1L));
        assertThat(run.total()).isEqualTo(6);
    }
}
