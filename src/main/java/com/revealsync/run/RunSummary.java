package com.revealsync.run;

import java.util.Map;
import java.util.StringJoiner;

/**
 * The summary of a run, printed at its end and written by {@code --summary-json}. The field names
 * are product.md's contract; added to it: {@code orgWaitMs}, the part of {@code durationMs} this
 * process spent waiting for Salesforce (its answers, Bulk job polls, retry backoffs), the rest being
 * the pipeline's own time; and {@code apiCallsByOperation}, the calls of {@code apiCalls} by kind and
 * operation ({@code "bulk addBatch"}, {@code "soap queryMore"}, ...), to see where a run's calls go.
 */
public record RunSummary(long runId, String status, long read, long created, long updated, long unchanged,
                         long skipped, long failed, Map<String, Long> apiCalls, Map<String, Long> apiCallsByOperation,
                         long durationMs, long orgWaitMs, Map<String, Long> byCode) {

    /** product.md's exit codes: 0 all rows went, 3 some skipped or failed, 1 the job failed. */
    public int exitCode() {
        if (!"COMPLETED".equals(status)) {
            return 1;
        }
        return skipped + failed > 0 ? 3 : 0;
    }

    /** The summary as a few lines for the console. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("run %d %s in %.1fs: %,d rows read%n", runId, status, durationMs / 1000.0, read));
        sb.append(String.format("  created %,d  updated %,d  unchanged %,d  skipped %,d  failed %,d%n",
                created, updated, unchanged, skipped, failed));
        if (!byCode.isEmpty()) {
            sb.append("  skipped or failed by code:");
            byCode.forEach((code, n) -> sb.append(String.format(" %s=%,d", code, n)));
            sb.append(System.lineSeparator());
        }
        sb.append("  API calls:");
        apiCalls.forEach((kind, n) -> sb.append(String.format(" %s=%,d", kind, n)));
        if (durationMs > 0) {
            sb.append(String.format("%n  waiting for Salesforce: %.1fs of %.1fs (%.0f%%)", orgWaitMs / 1000.0,
                    durationMs / 1000.0, 100.0 * orgWaitMs / durationMs));
        }
        if (!apiCallsByOperation.isEmpty()) {
            StringJoiner operations = new StringJoiner("; ");
            apiCallsByOperation.forEach((operation, n) -> operations.add(String.format("%s=%,d", operation, n)));
            sb.append(System.lineSeparator()).append("  API calls by operation: ").append(operations);
        }
        return sb.toString();
    }
}
