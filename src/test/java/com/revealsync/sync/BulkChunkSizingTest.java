package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BulkChunkSizingTest {

    private static final long MB = 1L << 20;

    /** The default mapping's values a row: a Contact's 6 fields, its Lusha id and Account id, its Account's 4 and company id. */
    private static final int DEFAULT_VALUES = 13;

    @Test
    void chunksGrowWithTheMaximumHeap() {
        assertThat(BulkChunkSizing.rowsFor(128 * MB, DEFAULT_VALUES)).isEqualTo(13_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, DEFAULT_VALUES)).isEqualTo(35_000);
        assertThat(BulkChunkSizing.rowsFor(512 * MB, DEFAULT_VALUES)).isEqualTo(50_000);
    }

    /** BulkChunkSizing's figures: 25,000 rows for the 24-value mapping measured, 19,000 for 50 values. */
    @Test
    void aMappingThatWritesMoreValuesARowGetsSmallerChunks() {
        assertThat(BulkChunkSizing.rowsFor(256 * MB, 24)).isEqualTo(25_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, 50)).isEqualTo(19_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, 100)).isEqualTo(11_000);
        assertThat(BulkChunkSizing.rowsFor(512 * MB, 50)).isEqualTo(40_000);
    }

    /** Ten full chunks' rows and more: half the rows the heap carries, unless the heap carries twice the most. */
    @Test
    void aLongRunTakesHalfSizeChunksWhereTheHeapIsWhatLimitsThem() {
        assertThat(BulkChunkSizing.rowsFor(256 * MB, DEFAULT_VALUES, 100_000)).isEqualTo(35_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, DEFAULT_VALUES, 350_000)).isEqualTo(35_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, DEFAULT_VALUES, 350_001)).isEqualTo(17_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, DEFAULT_VALUES, 1_000_000)).isEqualTo(17_000);
        assertThat(BulkChunkSizing.rowsFor(256 * MB, 24, 1_000_000)).isEqualTo(14_000);
        // 512 MB carries 79,000 rows of the default mapping: 50,000 a chunk, 35,000 in a long run
        assertThat(BulkChunkSizing.rowsFor(512 * MB, DEFAULT_VALUES, 400_000)).isEqualTo(50_000);
        assertThat(BulkChunkSizing.rowsFor(512 * MB, DEFAULT_VALUES, 1_000_000)).isEqualTo(35_000);
        // 1 GB carries 167,000: a long run's half is still more than the most a chunk holds
        assertThat(BulkChunkSizing.rowsFor(1024 * MB, DEFAULT_VALUES, 10_000_000)).isEqualTo(BulkChunkSizing.MAX_ROWS);
        assertThat(BulkChunkSizing.rowsFor(64 * MB, DEFAULT_VALUES, 10_000_000)).isEqualTo(BulkChunkSizing.MIN_ROWS);
    }

    @Test
    void chunksStayWithinTheirBounds() {
        assertThat(BulkChunkSizing.rowsFor(48 * MB, DEFAULT_VALUES)).isEqualTo(BulkChunkSizing.MIN_ROWS);
        assertThat(BulkChunkSizing.rowsFor(64 * MB, DEFAULT_VALUES)).isEqualTo(2_000);
        assertThat(BulkChunkSizing.rowsFor(72 * MB, DEFAULT_VALUES)).isEqualTo(4_000);
        assertThat(BulkChunkSizing.rowsFor(100 * MB, DEFAULT_VALUES)).isEqualTo(8_000);
        assertThat(BulkChunkSizing.rowsFor(24L * 1024 * MB, DEFAULT_VALUES)).isEqualTo(BulkChunkSizing.MAX_ROWS);
        assertThat(BulkChunkSizing.rowsFor(24L * 1024 * MB, 0)).isEqualTo(BulkChunkSizing.MAX_ROWS);
    }

    @Test
    void theDefaultMappingWritesThirteenValuesARowAtMost() {
        MappingProfile shipped = new ProfileLoader().load(Path.of("jobs", "mapping", "default.yml"));
        assertThat(BulkChunkSizing.valuesPerRow(shipped)).isEqualTo(DEFAULT_VALUES);
    }

    @Test
    void aRowsValuesAreItsLeadsOrItsContactsWithItsAccountsEachFieldOnce() {
        MappingProfile contacts = new ProfileLoader().parse("wide.yml", """
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                  Contact:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Email 1, salesforce: Email}
                      - {lusha: Phone 1, salesforce: Phone}
                    predefined:
                      - {salesforce: LeadSource, value: Lusha}
                    conditional:
                      - {when: Email 1, is: enriched, set: LeadSource, to: Email}
                      - {when: Phone 1, is: mobile, set: Description, to: Mobile}
                  Account:
                    fields:
                      - {lusha: Company Name, salesforce: Name}
                      - {lusha: Website, salesforce: Website}
                """);
        // Contact: LastName, Email, Phone, LeadSource (predefined and a rule: once), Description, Lusha id,
        // Account id = 7; its Account: Name, Website, company id = 3; the Lead's 2 + Lusha id are fewer
        assertThat(BulkChunkSizing.valuesPerRow(contacts)).isEqualTo(10);

        MappingProfile leads = new ProfileLoader().parse("leads.yml", """
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                      - {lusha: Email 1, salesforce: Email}
                      - {lusha: Phone 1, salesforce: Phone}
                      - {lusha: Job title, salesforce: Title}
                    predefined:
                      - {salesforce: LeadSource, value: Lusha}
                """);
        assertThat(BulkChunkSizing.valuesPerRow(leads)).isEqualTo(7);
    }

    @Test
    void theSettingIsAutoByDefaultOrANumberOfRows() {
        MappingProfile shipped = new ProfileLoader().load(Path.of("jobs", "mapping", "default.yml"));
        assertThat(properties(null).bulkChunkSize()).isEqualTo("auto");
        assertThat(properties(null).bulkChunkRows(shipped, 100_000))
                .isEqualTo(BulkChunkSizing.rowsFor(BulkChunkSizing.maxHeapBytes(), DEFAULT_VALUES, 100_000));
        assertThat(properties(" 300 ").bulkChunkRows(shipped, 100_000)).isEqualTo(300);
        assertThat(properties(" 300 ").bulkChunkRows(shipped, 10_000_000)).isEqualTo(300);
        assertThat(properties("AUTO").bulkChunkRows(shipped, 100_000))
                .isBetween(BulkChunkSizing.MIN_ROWS, BulkChunkSizing.MAX_ROWS);
        assertThatThrownBy(() -> properties("lots"))
                .hasMessage("reveal-sync.sync.bulk-chunk-size must be auto or a number of rows, not lots");
        assertThatThrownBy(() -> properties("0"))
                .hasMessage("reveal-sync.sync.bulk-chunk-size must be at least 1, not 0");
    }

    /**
     * Under the parallel collector (README: big nightly runs) {@link Runtime#maxMemory()} is never the
     * {@code -Xmx}: it leaves out a survivor space, whose size the collector changes as it goes (245.5
     * MB at the start of a 256 MB JVM, 236.5 MB after some collections: 15,000 rows or 10,000 with the
     * old sizing of 14 KB a row). A
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
        assertThat(out).as(out).contains("rows 35000 heap " + 256 * MB).doesNotContain("reported " + 256 * MB);
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
            System.out.println("rows " + BulkChunkSizing.rowsFor(BulkChunkSizing.maxHeapBytes(), DEFAULT_VALUES)
                    + " heap " + BulkChunkSizing.maxHeapBytes() + " kept " + kept.size());
        }
    }

    private static SyncProperties properties(String bulkChunkSize) {
        return new SyncProperties(null, null, null, bulkChunkSize, null, null, null, null);
    }
}
