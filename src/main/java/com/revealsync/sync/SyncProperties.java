package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the nightly sync ({@code jobs/nightly-sync.yml}, or {@code REVEAL_SYNC_SYNC_...}).
 *
 * @param mapping the mapping profile used when {@code --mapping} is not given (default {@code jobs/mapping/default.yml})
 * @param defaultRecordType where a row with an empty {@code export_as} goes (default Lead)
 * @param chunkSize rows per chunk (one transaction, one set of lookups) through SOAP (default 200,
 *                  the SOAP API's records per call)
 * @param bulkChunkSize rows per chunk through the Bulk API (default 10000, one full Bulk batch)
 * @param bulkThreshold with {@code --api auto}, runs of more rows than this go through the Bulk API (default 2000)
 * @param lookupSnapshotRatio in Bulk mode, the lookups read the org's Leads, Contacts and Accounts once
 *                  per run (Bulk query jobs) when it holds at most this many of them per input row
 *                  (default 10); above that (a small batch against a big org) they query per chunk.
 *                  0: always per chunk
 */
@ConfigurationProperties("reveal-sync.sync")
public record SyncProperties(Path mapping, RecordType defaultRecordType, Integer chunkSize, Integer bulkChunkSize,
                             Integer bulkThreshold, Integer lookupSnapshotRatio) {

    public SyncProperties {
        mapping = mapping == null ? Path.of("jobs", "mapping", "default.yml") : mapping;
        defaultRecordType = defaultRecordType == null ? RecordType.Lead : defaultRecordType;
        chunkSize = positive(chunkSize, 200, "chunk-size");
        bulkChunkSize = positive(bulkChunkSize, 10_000, "bulk-chunk-size");
        bulkThreshold = bulkThreshold == null ? 2_000 : bulkThreshold;
        lookupSnapshotRatio = lookupSnapshotRatio == null ? 10 : lookupSnapshotRatio;
        if (lookupSnapshotRatio < 0) {
            throw new IllegalArgumentException("reveal-sync.sync.lookup-snapshot-ratio must be 0 or more, not "
                    + lookupSnapshotRatio);
        }
        if (defaultRecordType == RecordType.Account) {
            throw new IllegalArgumentException("reveal-sync.sync.default-record-type must be Lead or Contact");
        }
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
