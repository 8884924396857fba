package com.revealsync.org.data;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On-demand benchmark, not part of the test suite: 100,000 leads created in calls of 10,000 (as
 * Bulk API batches arrive) into a persistent org, then an indexed IN query of 200 emails, then a
 * reopen. Prints times and heap.
 *
 * <p>Run: {@code java -Xmx512m -cp target/classes:target/test-classes:<deps> com.revealsync.org.data.OrgDataBenchmark [records]}
 */
public final class OrgDataBenchmark {

    private OrgDataBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perCall = 10_000;
        Path dir = Files.createTempDirectory("org-bench");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        try (OrgDatabase org = OrgDatabase.open(dir)) {
            long start = System.nanoTime();
            for (int from = 0; from < total; from += perCall) {
                long callStart = System.nanoTime();
                List<SaveResult> results = org.create(batch(from, Math.min(total, from + perCall)));
                long failed = results.stream().filter(r -> !r.success()).count();
                System.out.printf("call %d: %d records in %d ms, %d failed%n", from / perCall + 1, results.size(),
                        (System.nanoTime() - callStart) / 1_000_000, failed);
            }
            long insertMs = (System.nanoTime() - start) / 1_000_000;
            System.gc();
            long heapMb = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
            long insertCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("inserted %d leads in %d ms wall, %d ms CPU (%.0f records/s of CPU); heap used after GC: %d MB%n",
                    total, insertMs, insertCpuMs, total * 1000.0 / insertCpuMs, heapMb);

            List<String> emails = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                emails.add("'lead" + (i * 397 % total) + "@example.com'");
            }
            long queryStart = System.nanoTime();
            QueryPage page = org.query("SELECT Id, Email FROM Lead WHERE Email IN (" + String.join(",", emails) + ")", 2000);
            System.out.printf("Email IN (200 values): %d rows in %.1f ms%n", page.totalSize(), (System.nanoTime() - queryStart) / 1e6);
            queryStart = System.nanoTime();
            page = org.query("SELECT COUNT() FROM Lead WHERE NumberOfEmployees > 100", 0);
            System.out.printf("full scan COUNT(): %d rows in %.1f ms%n", page.totalSize(), (System.nanoTime() - queryStart) / 1e6);
        }
        long reopenStart = System.nanoTime();
        long reopenCpu = threads.getCurrentThreadCpuTime();
        try (OrgDatabase org = OrgDatabase.open(dir)) {
            System.out.printf("reopened with %s in %d ms wall, %d ms CPU; data file %d MB%n", org.recordCounts(),
                    (System.nanoTime() - reopenStart) / 1_000_000, (threads.getCurrentThreadCpuTime() - reopenCpu) / 1_000_000,
                    Files.size(dir.resolve("org.mv.db")) / (1024 * 1024));
        }
    }

    private static List<RecordInput> batch(int from, int to) {
        List<RecordInput> batch = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("FirstName", "First" + i);
            values.put("LastName", "Last" + i);
            values.put("Company", "Company " + (i % 5000));
            values.put("Email", "lead" + i + "@example.com");
            values.put("Phone", "+1 555 01" + (i % 100));
            values.put("Title", "Head of Sales");
            values.put("Website", "https://company" + (i % 5000) + ".example.com");
            values.put("LeadSource", "Lusha");
            values.put("Lusha_Id__c", "lusha-" + i);
            values.put("NumberOfEmployees", Integer.toString(i % 1000));
            values.put("AnnualRevenue", Integer.toString(i * 10));
            batch.add(new RecordInput("Lead", null, values, Set.of()));
        }
        return batch;
    }
}
