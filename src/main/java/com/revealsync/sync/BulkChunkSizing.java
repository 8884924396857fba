package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.profile.ConditionalRule;
import com.revealsync.mapping.profile.FieldMapping;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.PredefinedValue;
import com.revealsync.mapping.profile.RecordMapping;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How many rows a chunk of the Bulk path holds when {@code bulk-chunk-size} is {@code auto}: as
 * many as the JVM's maximum heap ({@code -Xmx}) carries with the run's mapping (in steps of 5,000
 * from 20,000 rows, of 1,000 below), from 2,000 to 50,000; half as many for a long run.
 *
 * <p>Why it matters: every chunk costs about two API calls per object it writes (add the batch,
 * read its results when the org's pace says it is done), so bigger chunks spend fewer of the org's
 * daily calls. A 100,000-row first run needs three chunks or fewer, chunks of 35,000 rows, to stay
 * under 50 calls: 15,000-row chunks cost 58-60 (BENCHMARKS.md, fourteenth session).
 *
 * <p>But a chunk's rows, plans and results are held until it commits. Measured with heap dumps
 * (thirteenth session, the default mapping): ~2.9 KB a row at the chunk's peak, of which the
 * mapped values are the largest part (~0.9 KB) and grow with the fields the mapping writes; the
 * rest (the row's text, its fingerprint, its outcome, the Bulk CSV) does not depend on the
 * mapping. Hence the heap a row is given: {@value #ROW_BYTES} bytes plus {@value #VALUE_BYTES} per
 * value the mapping writes for a row ({@link #valuesPerRow}), beyond 48 MB for the application,
 * about twice what a row holds, so that the collector has room. Under {@code -Xmx256m}: 35,000 rows
 * with the default mapping (13 values a row), 25,000 with one writing 24 (15 fields on a Lead, 12
 * on a Contact and 8 on its Account), 19,000 with 50.
 *
 * <p>Measured under {@code -Xmx256m}, 100,000 rows (BENCHMARKS.md, fourteenth session): the default
 * mapping in 35,000-row chunks held at most 145 MB after a full collection; the 24-value mapping 172
 * MB in 35,000-row chunks and 150 MB in 25,000-row ones.
 *
 * <p>A long run takes chunks half that size ({@link #LONG_RUN_CHUNKS}): chunks that fill the heap
 * keep the collector busy on every chunk (their live data near the old generation's size: full
 * collections one after the other), and over a long run that costs more than the calls it saves
 * are worth. Measured under {@code -Xmx256m} (fourteenth session), 1,000,000 rows as scheduled: in
 * 35,000-row chunks 310 calls and 404-405 s (a command-line trial: 751 full collections, 148 s of
 * pauses), in 15,000-row ones 420 calls and 326 s, in 20,000-row ones 419 calls and 355 s (a Lead
 * batch holds 10,000 records: chunks of 18,000 rows or so fill one, of 36,000 two, and sizes in
 * between buy no calls). Half-size chunks, 17,000 rows with the default mapping, fill one; a run of
 * more than ten full chunks' rows spends in them ~40 calls per 100,000 rows (a run's ~14 calls of
 * its own and ~6 a chunk), where a 100,000-row run needs the full size to stay under 50 (48 calls
 * against 58).
 *
 * <p>The heap is the {@code -Xmx} the JVM was given ({@link #maxHeapBytes()}), not
 * {@link Runtime#maxMemory()}: under the parallel collector that leaves out a survivor space whose
 * size the collector keeps changing, so the same command sized its chunks differently depending on
 * the collections before (a rerun of 100,000 rows: 44 API calls instead of 35).
 */
final class BulkChunkSizing {

    static final int MIN_ROWS = 2_000;
    static final int MAX_ROWS = 50_000;
    private static final long BASE_BYTES = 48L << 20;
    private static final long ROW_BYTES = 4_300;
    private static final long VALUE_BYTES = 140;
    private static final int STEP = 5_000;
    private static final int FINE_STEP = 1_000;
    private static final int FINE_BELOW = 20_000;
    /** A run of more rows than this many full-size chunks takes half-size chunks. */
    static final int LONG_RUN_CHUNKS = 10;

    private BulkChunkSizing() {
    }

    /** Rows a chunk holds under the maximum heap given, for a mapping writing {@code valuesPerRow}. */
    static int rowsFor(long maxHeapBytes, int valuesPerRow) {
        return bounded(heapRows(maxHeapBytes, valuesPerRow));
    }

    /**
     * Rows a chunk of a run of {@code runRows} rows holds: {@link #rowsFor(long, int)}, or, for a run
     * of more than {@link #LONG_RUN_CHUNKS} such chunks, half the rows the heap carries, at most
     * {@link #MAX_ROWS} (a heap that carries twice that keeps full chunks: it has the room).
     */
    static int rowsFor(long maxHeapBytes, int valuesPerRow, long runRows) {
        long fit = heapRows(maxHeapBytes, valuesPerRow);
        int full = bounded(fit);
        return runRows > (long) LONG_RUN_CHUNKS * full ? bounded(Math.min(full, fit / 2)) : full;
    }

    private static long heapRows(long maxHeapBytes, int valuesPerRow) {
        return Math.max(0, maxHeapBytes - BASE_BYTES) / (ROW_BYTES + VALUE_BYTES * Math.max(0, valuesPerRow));
    }

    private static int bounded(long rows) {
        rows -= rows % (rows >= FINE_BELOW ? STEP : FINE_STEP);
        return (int) Math.max(MIN_ROWS, Math.min(MAX_ROWS, rows));
    }

    /**
     * The most values a row of this mapping has Salesforce write: a Lead's, or a Contact's and its
     * Account's (a row whose company is new makes both). Per record type, the Salesforce fields its
     * field mappings, predefined values and conditional rules name (each once), and the Lusha id
     * (Leads and Contacts) or company id (Accounts) reveal-sync adds; a Contact also carries its
     * Account's id.
     */
    static int valuesPerRow(MappingProfile profile) {
        int lead = fieldsWritten(profile.mapping(RecordType.Lead)) + 1;
        int contact = fieldsWritten(profile.mapping(RecordType.Contact)) + 2;
        int account = fieldsWritten(profile.mapping(RecordType.Account)) + 1;
        return Math.max(lead, contact + account);
    }

    private static int fieldsWritten(RecordMapping mapping) {
        Set<String> fields = new HashSet<>();
        for (FieldMapping f : mapping.fields()) {
            fields.add(f.salesforceField().toLowerCase(Locale.ROOT));
        }
        for (PredefinedValue p : mapping.predefined()) {
            fields.add(p.salesforceField().toLowerCase(Locale.ROOT));
        }
        for (ConditionalRule r : mapping.rules()) {
            fields.add(r.salesforceField().toLowerCase(Locale.ROOT));
        }
        return fields.size();
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
