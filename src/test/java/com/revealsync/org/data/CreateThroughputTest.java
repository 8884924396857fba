package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick measured figure, printed, not asserted: 50 creates of 200 leads in one thread against a
 * persistent org (each call committed to the MVStore file).
 */
class CreateThroughputTest {

    @TempDir
    Path dataDir;

    @Test
    void fiftyCreatesOfTwoHundredLeads() {
        try (OrgDatabase org = OrgDatabase.open(dataDir)) {
            runCalls(org, 10, "warm");
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int saved = runCalls(org, 50, "run");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;

            System.out.printf("org-data create throughput: 50 calls x 200 leads = %d records in %d ms wall"
                            + " (%.1f ms/call, %.0f records/s), %d ms CPU of the calling thread (%.1f ms/call)%n",
                    saved, elapsedMs, elapsedMs / 50.0, saved * 1000.0 / Math.max(1, elapsedMs), cpuMs, cpuMs / 50.0);
            assertThat(saved).isEqualTo(10_000);
        }
    }

    private static int runCalls(OrgDatabase org, int calls, String tag) {
        int saved = 0;
        for (int call = 0; call < calls; call++) {
            List<RecordInput> batch = new ArrayList<>(200);
            for (int i = 0; i < 200; i++) {
                String key = tag + "-" + call + "-" + i;
                batch.add(lead("Last " + key, "Company " + call, "FirstName", "First", "Email", key + "@example.com",
                        "Phone", "+1 555 0100", "Title", "VP Sales", "Website", "https://example.com",
                        "LeadSource", "Lusha", "Lusha_Id__c", key, "NumberOfEmployees", "250", "AnnualRevenue", "1000000"));
            }
            saved += (int) org.create(batch).stream().filter(SaveResult::success).count();
        }
        return saved;
    }
}
