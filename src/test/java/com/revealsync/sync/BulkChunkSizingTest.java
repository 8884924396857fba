package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BulkChunkSizingTest {

    private static final long MB = 1L << 20;

    @Test
    void chunksGrowWithTheMaximumHeap() {
        assertThat(BulkChunkSizing.rowsFor(256 * MB)).isEqualTo(15_000);
        assertThat(BulkChunkSizing.rowsFor(512 * MB)).isEqualTo(30_000);
        assertThat(BulkChunkSizing.rowsFor(1024 * MB)).isEqualTo(50_000);
    }

    @Test
    void chunksStayWithinTheirBounds() {
        assertThat(BulkChunkSizing.rowsFor(64 * MB)).isEqualTo(BulkChunkSizing.MIN_ROWS);
        assertThat(BulkChunkSizing.rowsFor(100 * MB)).isEqualTo(3_803);
        assertThat(BulkChunkSizing.rowsFor(128 * MB)).isEqualTo(5_000);
        assertThat(BulkChunkSizing.rowsFor(24L * 1024 * MB)).isEqualTo(BulkChunkSizing.MAX_ROWS);
    }

    @Test
    void theSettingIsAutoByDefaultOrANumberOfRows() {
        assertThat(properties(null).bulkChunkSize()).isEqualTo("auto");
        assertThat(properties(null).bulkChunkRows()).isEqualTo(BulkChunkSizing.rowsFor(BulkChunkSizing.maxHeapBytes()));
        assertThat(properties(" 300 ").bulkChunkRows()).isEqualTo(300);
        assertThat(properties("AUTO").bulkChunkRows()).isBetween(BulkChunkSizing.MIN_ROWS, BulkChunkSizing.MAX_ROWS);
        assertThatThrownBy(() -> properties("lots"))
                .hasMessage("reveal-sync.sync.bulk-chunk-size must be auto or a number of rows, not lots");
        assertThatThrownBy(() -> properties("0"))
                .hasMessage("reveal-sync.sync.bulk-chunk-size must be at least 1, not 0");
    }

    /**
     * Under the parallel collector (README: big nightly runs) {@link Runtime#maxMemory()} is never the
     * {@code -Xmx}: it leaves out a survivor space, whose size the collector changes as it goes (245.5
     * MB at the start of a 256 MB JVM, 236.5 MB after some collections: 15,000 rows or 10,000). A
     * JVM of that kind, after collections, sizes its chunks from the 256 MB it was given.
     */
    @Test
    void aParallelCollectorJvmGiven256MbSizesItsChunksFromThose256MbAfterCollections() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), Churn.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String out = output(process);
        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).as(out).contains("rows 15000 heap " + 256 * MB).doesNotContain("reported " + 256 * MB);
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Allocates so that the parallel collector resizes its spaces, then prints the sizing. */
    static final class Churn {

        public static void main(String[] args) {
            long reportedBefore = Runtime.getRuntime().maxMemory();
            List<byte[]> kept = new ArrayList<>();
            for (int i = 0; i < 400_000; i++) {
                byte[] b = new byte[2048];
                if (i % 10 == 0) {
                    kept.add(b);
                }
                if (kept.size() > 5000) {
                    kept.subList(0, 2500).clear();
                }
            }
            System.out.println("runtime reported " + reportedBefore + " then " + Runtime.getRuntime().maxMemory());
            System.out.println("rows " + BulkChunkSizing.rowsFor(BulkChunkSizing.maxHeapBytes())
                    + " heap " + BulkChunkSizing.maxHeapBytes() + " kept " + kept.size());
        }
    }

    private static SyncProperties properties(String bulkChunkSize) {
        return new SyncProperties(null, null, null, bulkChunkSize, null, null, null, null);
    }
}
