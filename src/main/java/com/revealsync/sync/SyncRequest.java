package com.revealsync.sync;

import java.nio.file.Path;

/**
 * One sync as asked for on the command line or by a schedule.
 *
 * @param mapping the profile file, or null for the configured default
 * @param summaryJson where to write the summary, or null
 * @param retryOf for {@code retry-failed}: the run whose rows these are, or null
 * @param checkAll every row checked against the org, none answered from its fingerprint
 *                 (README "Unchanged rows")
 */
public record SyncRequest(String input, Path mapping, ApiChoice api, boolean dryRun, Path summaryJson, Long retryOf,
                          boolean checkAll) {

    public SyncRequest(String input, Path mapping, ApiChoice api, boolean dryRun, Path summaryJson) {
        this(input, mapping, api, dryRun, summaryJson, null, false);
    }

    public SyncRequest(String input, Path mapping, ApiChoice api, boolean dryRun, Path summaryJson, Long retryOf) {
        this(input, mapping, api, dryRun, summaryJson, retryOf, false);
    }
}
