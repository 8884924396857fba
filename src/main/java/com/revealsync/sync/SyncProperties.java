package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.profile.MappingProfile;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the nightly sync ({@code jobs/nightly-sync.yml}, or {@code REVEAL_SYNC_SYNC_...}).
 *
 * @param mapping the mapping profile used when {@code --mapping} is not given (default {@code jobs/mapping/default.yml})
 * @param defaultRecordType where a row with an empty {@code export_as} goes (default Lead)
 * @param chunkSize rows per chunk (one transaction, one set of lookups) through SOAP (default 200,
 *                  the SOAP API's records per call)
 * @param bulkChunkSize rows per chunk through the Bulk API: {@code auto} (the default) sizes chunks from the
 *                  JVM's maximum heap and the mapping's width ({@link BulkChunkSizing}: under {@code -Xmx256m}
 *                  35,000 rows with the default mapping, fewer for a mapping that writes more fields;
 *                  50,000 from 512 MB; for a run of more than ten such chunks, half the rows the heap carries, at most
 *                  50,000), or a number of rows
 * @param bulkThreshold with {@code --api auto}, runs of more rows than this go through the Bulk API (default 2000)
 * @param lookupSnapshotRatio in Bulk mode, the lookups read the org's Leads, Contacts and Accounts once
 *                  per run (Bulk query jobs) when it holds at most this many of them per input row
 *                  (default 10); above that (a small batch against a big org) they query per chunk.
 *                  0: always per chunk
 * @param bulkSmallWrite in Bulk mode, a write of at most this many records (one object, one chunk) goes
 *                  as one SOAP call rather than a Bulk batch, which costs two calls or more
 *                  (default 200, what one SOAP call carries; 0: always Bulk)
 * @param changeDetection rows unchanged since their last export, whose records have not changed in the
 *                  org since, are answered UNCHANGED without lookups (default true; README "Unchanged
 *                  rows"); false: every row is checked against the org, as {@code sync --check-all}
 */
@ConfigurationProperties("reveal-sync.sync")
public record SyncProperties(Path mapping, RecordType defaultRecordType, Integer chunkSize, String bulkChunkSize,
                             Integer bulkThreshold, Integer lookupSnapshotRatio, Integer bulkSmallWrite,
                             Boolean changeDetection) {

    /** {@code bulk-chunk-size} sized from the heap. */
    public static final String AUTO = "auto";

    public SyncProperties {
        mapping = mapping == null ? Path.of("jobs", "mapping", "default.yml") : mapping;
        defaultRecordType = defaultRecordType == null ? RecordType.Lead : defaultRecordType;
        chunkSize = positive(chunkSize, 200, "chunk-size");
        bulkChunkSize = bulkChunkSize == null || bulkChunkSize.isBlank() ? AUTO : bulkChunkSize.strip();
        if (!bulkChunkSize.equalsIgnoreCase(AUTO)) {
            try {
                positive(Integer.valueOf(bulkChunkSize), 0, "bulk-chunk-size");
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("reveal-sync.sync.bulk-chunk-size must be auto or a number of rows, not "
                        + bulkChunkSize);
            }
        }
        bulkThreshold = bulkThreshold == null ? 2_000 : bulkThreshold;
        lookupSnapshotRatio = lookupSnapshotRatio == null ? 10 : lookupSnapshotRatio;
        bulkSmallWrite = bulkSmallWrite == null ? 200 : bulkSmallWrite;
        changeDetection = changeDetection == null || changeDetection;
        if (bulkSmallWrite < 0 || bulkSmallWrite > 200) {
            throw new IllegalArgumentException("reveal-sync.sync.bulk-small-write must be 0 to 200 (one SOAP call), not "
                    + bulkSmallWrite);
        }
        if (lookupSnapshotRatio < 0) {
            throw new IllegalArgumentException("reveal-sync.sync.lookup-snapshot-ratio must be 0 or more, not "
                    + lookupSnapshotRatio);
        }
        if (defaultRecordType == RecordType.Account) {
            throw new IllegalArgumentException("reveal-sync.sync.default-record-type must be Lead or Contact");
        }
    }

    /**
     * Rows per chunk through the Bulk API: the configured number, or sized from the JVM's maximum heap,
     * the values the run's mapping writes for a row and the run's rows ({@link BulkChunkSizing}).
     */
    public int bulkChunkRows(MappingProfile mapping, long runRows) {
        return bulkChunkSize.equalsIgnoreCase(AUTO)
                ? BulkChunkSizing.rowsFor(BulkChunkSizing.maxHeapBytes(), BulkChunkSizing.valuesPerRow(mapping), runRows)
                : Integer.parseInt(bulkChunkSize);
    }

    private static int positive(Integer value, int fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("reveal-sync.sync." + name + " must be at least 1, not " + value);
        }
        return value;
    }
}
