package com.revealsync.sync;

/**
 * How many rows a chunk of the Bulk path holds when {@code bulk-chunk-size} is {@code auto}: as
 * many as the JVM's maximum heap carries without full collections one after the other, in steps of
 * 5,000, from 2,000 to 50,000.
 *
 * <p>Why it matters: every chunk costs about three API calls per object it writes (add the batch,
 * poll it, read its results), so bigger chunks spend fewer of the org's daily calls (BENCHMARKS.md:
 * 112 calls per 100,000 rows with chunks of 10,000, 43 with chunks of 50,000). But a chunk's rows,
 * plans and results are held until it commits: measured at 4-7 KB a row at its peak, on top of
 * ~45 MB for the application, and the parallel collector needs room to spare. Hence 12 KB of heap
 * a row beyond 64 MB: 15,000 rows under {@code -Xmx256m}, 30,000 under 512 MB, 50,000 from 1 GB.
 * Measured under {@code -Xmx256m} (generated batches, BENCHMARKS.md): 1,000,000 rows in 15,000-row
 * chunks completed with a peak heap of 227 MB, 691 calls against 1,015 at 10,000 rows, and took
 * 338 s against 398 s; 16 KB a row (10,000 rows under 256 MB) was the setting before.
 */
final class BulkChunkSizing {

    static final int MIN_ROWS = 2_000;
    static final int MAX_ROWS = 50_000;
    private static final long BASE_BYTES = 64L << 20;
    private static final long BYTES_PER_ROW = 12L << 10;
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
}
