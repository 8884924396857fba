package com.revealsync.org.bulk;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * On-demand benchmark, not part of the test suite: a 100,000-row Bulk API v1 insert of Leads (10
 * batches of 10,000, CSV, Parallel) into an org keeping its data in a folder, through the real
 * {@link BulkConnection}. Prints the time from the first upload to all batches Completed and the
 * peak heap (sampled every 20 ms, and the heap pools' own peaks).
 *
 * <p>Run: {@code java -Xmx512m -cp target/classes:target/test-classes:<deps> com.revealsync.org.bulk.BulkLoadBenchmark [rows]}
 */
public final class BulkLoadBenchmark {

    private static final int PER_BATCH = 10_000;

    private BulkLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("bulk-bench");
        List<String> batches = new ArrayList<>();
        for (int from = 0; from < total; from += PER_BATCH) {
            batches.add(csv(from, Math.min(total, from + PER_BATCH)));
        }
        try (EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inFolder(dir))) {
            BulkConnection bulk = BulkTestClient.connection(org, new OrgClient(org).accessToken(OrgClient.ADMIN));
            HeapSampler heap = HeapSampler.start();
            long cpuStart = processCpuNanos();

            long start = System.nanoTime();
            JobInfo job = new JobInfo();
            job.setObject("Lead");
            job.setOperation(OperationEnum.insert);
            job.setContentType(ContentType.CSV);
            job = bulk.createJob(job);
            for (String csv : batches) {
                bulk.createBatchFromStream(job, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            }
            long uploaded = System.nanoTime();
            bulk.closeJob(job.getId());
            BatchInfo[] infos = awaitCompleted(bulk, job.getId());
            long done = System.nanoTime();
            long cpu = processCpuNanos() - cpuStart;
            heap.stop();

            long failed = Arrays.stream(infos).mapToLong(BatchInfo::getNumberRecordsFailed).sum();
            double seconds = (done - start) / 1e9;
            System.out.printf("rows: %d in %d batches, %d failed%n", total, infos.length, failed);
            System.out.printf("uploads: %d ms; first upload to all batches Completed: %d ms (%.0f records/s)%n",
                    (uploaded - start) / 1_000_000, (done - start) / 1_000_000, total / seconds);
            System.out.printf("CPU time of the whole process (org, client and GC) meanwhile: %d ms%n", cpu / 1_000_000);
            for (BatchInfo b : infos) {
                System.out.printf("  batch %s: %s, %d records, %d ms processing%n", b.getId(), b.getState(),
                        b.getNumberRecordsProcessed(), b.getTotalProcessingTime());
            }
            System.out.printf("heap: peak sampled %d MB; heap pools' peaks summed %d MB; max heap %d MB%n",
                    heap.peak() >> 20, poolPeaks() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.gc();
            System.out.printf("heap in use after a full GC, 100,000 leads loaded: %d MB%n",
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
            System.out.printf("org records: %s%n", org.data().recordCounts());
        }
    }

    private static BatchInfo[] awaitCompleted(BulkConnection bulk, String jobId) throws Exception {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
        while (System.nanoTime() < deadline) {
            BatchInfo[] infos = bulk.getBatchInfoList(jobId).getBatchInfo();
            if (Arrays.stream(infos).allMatch(b -> b.getState() == BatchStateEnum.Completed
                    || b.getState() == BatchStateEnum.Failed)) {
                return infos;
            }
            LockSupport.parkNanos(100_000_000);
        }
        throw new IllegalStateException("batches not done within 30 minutes");
    }

    private static String csv(int from, int to) {
        StringBuilder csv = new StringBuilder(to * 120).append("FirstName,LastName,Company,Email,Phone,Title,Lusha_Id__c\n");
        for (int i = from; i < to; i++) {
            csv.append("First").append(i).append(",Last").append(i).append(",Company ").append(i % 997)
                    .append(",lead").append(i).append("@bench.example.com,+1 555 ").append(1_000_000 + i)
                    .append(",Buyer,bench-").append(i).append('\n');
        }
        return csv.toString();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Samples the used heap every 20 ms on a daemon thread and keeps the highest value. */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        static HeapSampler start() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler sampler = new HeapSampler();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            Thread t = new Thread(() -> {
                while (sampler.running) {
                    sampler.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    LockSupport.parkNanos(20_000_000);
                }
            }, "heap-sampler");
            t.setDaemon(true);
            t.start();
            return sampler;
        }

        void stop() {
            running = false;
        }

        long peak() {
            return peak.get();
        }
    }
}
