package com.revealsync.sync;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * How many rows a chunk of the Bulk path holds when {@code bulk-chunk-size} is {@code auto}: as
 * many as the JVM's maximum heap ({@code -Xmx}) carries without full collections one after the
 * other, in steps of 5,000, from 2,000 to 50,000.
 *
 * <p>Why it matters: every chunk costs about two API calls per object it writes (add the batch,
 * read its results when the org's pace says it is done; a third, a poll, where it was not), so
 * bigger chunks spend fewer of the org's daily calls (BENCHMARKS.md, when a poll was always made:
 * 112 calls per 100,000 rows with chunks of 10,000, 43 with chunks of 50,000). But a chunk's rows,
 * plans and results are held until it commits: measured at 4-7 KB a row at its peak, on top of
 * ~45 MB for the application, and the collector needs room to spare. Hence 14 KB of heap a row
 * beyond 48 MB: 15,000 rows under {@code -Xmx256m}, 30,000 under 512 MB, 50,000 from 1 GB.
 * Measured under {@code -Xmx256m} (generated batches, BENCHMARKS.md): 1,000,000 rows in 15,000-row
 * chunks completed with a peak heap of 227 MB, 691 calls against 1,015 at 10,000 rows, and took
 * 338 s against 398 s; 16 KB a row (10,000 rows under 256 MB) was the setting before.
 *
 * <p>Since a row keeps its text once (thirteenth session) a chunk holds ~2.9 KB a row at its peak
 * with the default mapping, and 35,000-row chunks run under 256 MB: 1,000,000 rows in the same
 * 536 s with 313 calls instead of 424, a 100,000-row run with 49 instead of 60, but 31% more of the
 * pipeline's CPU (collections: 235 s against 142 s) and the heap after a full collection up to
 * 166 MB of the ~228 MB the old generation gets. A mapping that writes two or three times the
 * default's fields holds that much more per record (the mapped values are the largest share), so
 * {@code auto} keeps the headroom: an admin who maps few fields sets {@code bulk-chunk-size: 35000}
 * to spend fewer calls (README "Benchmark": "Fewer API calls for big runs").
 *
 * <p>The heap is the {@code -Xmx} the JVM was given ({@link #maxHeapBytes()}), not
 * {@link Runtime#maxMemory()}: under the parallel collector that leaves out a survivor space whose
 * size the collector keeps changing, so the same command sized its chunks at 15,000 rows or 10,000
 * depending on the collections before (a rerun of 100,000 rows: 44 API calls instead of 35).
 */
final class BulkChunkSizing {

    static final int MIN_ROWS = 2_000;
    static final int MAX_ROWS = 50_000;
    private static final long BASE_BYTES = 48L << 20;
    private static final long BYTES_PER_ROW = 14L << 10;
    private static final int STEP = 5_000;

    private BulkChunkSizing() {
    }

    static int rowsFor(long maxHeapBytes) {
        long rows = Math.max(0, maxHeapBytes - BASE_BYTES) / BYTES_PER_ROW;
        if (rows >= STEP) {
            rows -= rows % STEP;
        }
        return (int) Math.max(MIN_ROWS, Math.min(MAX_ROWS, rows));
    }

    /**
     * The JVM's maximum heap as it was set ({@code MaxHeapSize}: {@code -Xmx}, or the JVM's default
     * from the machine's memory); {@link Runtime#maxMemory()} on a JVM that does not say.
     */
    static long maxHeapBytes() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot != null) {
                return Long.parseLong(hotSpot.getVMOption("MaxHeapSize").getValue());
            }
        } catch (IllegalArgumentException | LinkageError e) {
            // not a HotSpot JVM, or one without the jdk.management module: what the runtime reports
        }
        return Runtime.getRuntime().maxMemory();
    }
}
