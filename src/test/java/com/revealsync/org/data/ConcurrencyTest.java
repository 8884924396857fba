package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrencyTest {

    private static final int THREADS = 6;
    private static final int CALLS = 15;
    private static final int PER_CALL = 100;

    @TempDir
    Path dataDir;

    @Test
    void concurrentCreatesAndQueriesLoseNothingAndDuplicateNoId() throws Exception {
        List<String> ids = new ArrayList<>();
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
            try {
                List<Future<List<String>>> writers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    writers.add(pool.submit(createCalls(org, thread)));
                }
                Future<Integer> reader = pool.submit(() -> {
                    int queries = 0;
                    while (!writers.stream().allMatch(Future::isDone)) {
                        org.query("SELECT Id, Email FROM Lead WHERE Email LIKE 't1-%'", 2000);
                        queries++;
                    }
                    return queries;
                });
                for (Future<List<String>> writer : writers) {
                    ids.addAll(writer.get(60, TimeUnit.SECONDS));
                }
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            } finally {
                pool.shutdownNow();
            }
            int expected = THREADS * CALLS * PER_CALL;
            assertThat(ids).hasSize(expected);
            assertThat(new HashSet<>(ids)).hasSize(expected);
            assertThat(org.query("SELECT COUNT() FROM Lead", 0).totalSize()).isEqualTo(expected);
        }
        try (OrgDatabase reopened = OrgDatabase.open(dataDir)) {
            assertThat(reopened.recordCounts()).containsEntry("Lead", (long) ids.size());
        }
    }

    private static Callable<List<String>> createCalls(OrgDatabase org, int thread) {
        return () -> {
            List<String> ids = new ArrayList<>();
            Set<String> ownLushaIds = new HashSet<>();
            for (int call = 0; call < CALLS; call++) {
                List<RecordInput> batch = new ArrayList<>();
                for (int i = 0; i < PER_CALL; i++) {
                    String key = "t" + thread + "-" + call + "-" + i;
                    ownLushaIds.add(key);
                    batch.add(lead("Last " + key, "Co", "Email", key + "@example.com", "Lusha_Id__c", key));
                }
                for (SaveResult result : org.create(batch)) {
                    assertThat(result.errors()).isEmpty();
                    ids.add(result.id());
                }
            }
            assertThat(ownLushaIds).hasSize(CALLS * PER_CALL);
            return ids;
        };
    }
}
