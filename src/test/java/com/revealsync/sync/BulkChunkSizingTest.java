package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BulkChunkSizingTest {

    private static final long MB = 1L << 20;

    @Test
    void chunksGrowWithTheHeapTheJvmReports() {
        // what the parallel collector reports for -Xmx256m, -Xmx512m and -Xmx1g
        assertThat(BulkChunkSizing.rowsFor(245 * MB)).isEqualTo(15_000);
        assertThat(BulkChunkSizing.rowsFor(455 * MB)).isEqualTo(30_000);
        assertThat(BulkChunkSizing.rowsFor(910 * MB)).isEqualTo(50_000);
    }

    @Test
    void chunksStayWithinTheirBounds() {
        assertThat(BulkChunkSizing.rowsFor(64 * MB)).isEqualTo(BulkChunkSizing.MIN_ROWS);
        assertThat(BulkChunkSizing.rowsFor(100 * MB)).isEqualTo(3_072);
        assertThat(BulkChunkSizing.rowsFor(128 * MB)).isEqualTo(5_000);
        assertThat(BulkChunkSizing.rowsFor(24L * 1024 * MB)).isEqualTo(BulkChunkSizing.MAX_ROWS);
    }

    @Test
    void theSettingIsAutoByDefaultOrANumberOfRows() {
        assertThat(properties(null).bulkChunkSize()).isEqualTo("auto");
        assertThat(properties(null).bulkChunkRows())
                .isEqualTo(BulkChunkSizing.rowsFor(Runtime.getRuntime().maxMemory()));
        assertThat(properties(" 300 ").bulkChunkRows()).isEqualTo(300);
        assertThat(properties("AUTO").bulkChunkRows()).isBetween(BulkChunkSizing.MIN_ROWS, BulkChunkSizing.MAX_ROWS);
        assertThatThrownBy(() -> properties("lots"))
                .hasMessage("reveal-sync.sync.bulk-chunk-size must be auto or a number of rows, not lots");
        assertThatThrownBy(() -> properties("0"))
                .hasMessage("reveal-sync.sync.bulk-chunk-size must be at least 1, not 0");
    }

    private static SyncProperties properties(String bulkChunkSize) {
        return new SyncProperties(null, null, null, bulkChunkSize, null, null, null, null);
    }
}
