package com.revealsync.org.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of SOAP {@code create} with 200-record calls from 1 and 4 WSC clients, against an org
 * keeping its data in a folder (the default). On demand:
 * {@code mvn test -Dtest=SoapCreateBenchmark -Dgroups=benchmark -Dsurefire.excludedGroups=}.
 */
@Tag("benchmark")
class SoapCreateBenchmark {

    private static final int RECORDS = 20_000;
    private static final int PER_CALL = 200;

    @Test
    void createThroughput(@TempDir Path data) throws Exception {
        try (EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inFolder(data))) {
            run(org, 2, 10_000, "warm-up");
            double one = run(org, 1, RECORDS, "1 client");
            double four = run(org, 4, RECORDS, "4 clients");
            System.out.printf("SOAP create, %d-record calls: 1 client %.0f records/s, 4 clients %.0f records/s%n",
                    PER_CALL, one, four);
            assertThat(org.data().recordCounts().get("Lead")).isEqualTo(10_000L + 2 * RECORDS);
        }
    }

    private static double run(EmbeddedOrg org, int clients, int records, String label) throws Exception {
        List<PartnerConnection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            connections.add(new OrgClient(org).partner());
        }
        int callsPerClient = records / PER_CALL / clients;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long cpuStart = processCpuNanos();
        java.util.Map<Long, Long> orgStart = orgThreadCpu();
        long start = System.nanoTime();
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                PartnerConnection connection = connections.get(c);
                String prefix = label + "-" + c;
                done.add(pool.submit(() -> createCalls(connection, prefix, callsPerClient)));
            }
            int created = 0;
            for (Future<Integer> f : done) {
                created += f.get(10, TimeUnit.MINUTES);
            }
            assertThat(created).isEqualTo(records);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        double orgSeconds = orgCpuSince(orgStart) / 1e9;
        double rate = records / seconds;
        System.out.printf("%-9s %6d records in %6.2f s = %6.0f records/s | JVM CPU %5.2f s (org, WSC clients, GC, JIT)"
                        + " | org threads %5.2f CPU-s = %6.0f records per org CPU-second%n",
                label, records, seconds, rate, cpuSeconds, orgSeconds, records / orgSeconds);
        return rate;
    }

    /** CPU time of this JVM, which runs both the org and its WSC clients. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time so far of each of the org's threads (Jetty pool "embedded-org", MVStore's writer). */
    private static java.util.Map<Long, Long> orgThreadCpu() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("embedded-org") || info.getThreadName().startsWith("MVStore"))) {
                cpu.put(info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return cpu;
    }

    private static long orgCpuSince(java.util.Map<Long, Long> start) {
        long total = 0;
        for (java.util.Map.Entry<Long, Long> now : orgThreadCpu().entrySet()) {
            total += now.getValue() - start.getOrDefault(now.getKey(), 0L);
        }
        return total;
    }

    private static int createCalls(PartnerConnection connection, String prefix, int calls) throws Exception {
        int created = 0;
        for (int call = 0; call < calls; call++) {
            SObject[] batch = new SObject[PER_CALL];
            for (int i = 0; i < PER_CALL; i++) {
                batch[i] = lead(prefix + "-" + call + "-" + i);
            }
            for (SaveResult result : connection.create(batch)) {
                if (!result.isSuccess()) {
                    throw new AssertionError(java.util.Arrays.toString(result.getErrors()));
                }
                created++;
            }
        }
        return created;
    }

    private static SObject lead(String key) {
        SObject lead = new SObject("Lead");
        lead.setField("FirstName", "Bench");
        lead.setField("LastName", "Mark " + key);
        lead.setField("Company", "Benchmark Industries");
        lead.setField("Email", key.replaceAll("[^A-Za-z0-9]", "") + "@bench.example.com");
        lead.setField("Phone", "+1 415 555 0100");
        lead.setField("Title", "Head of Revenue Operations");
        lead.setField("Website", "https://bench.example.com");
        lead.setField("City", "San Francisco");
        lead.setField("Country", "United States");
        lead.setField("LeadSource", "Web");
        lead.setField("Lusha_Id__c", "bench-" + key);
        return lead;
    }
}
