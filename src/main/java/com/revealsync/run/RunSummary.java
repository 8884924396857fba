package com.revealsync.run;

import java.util.Map;
import java.util.StringJoiner;

/**
 * The summary of a run, printed at its end and written by {@code --summary-json}. The field names
 * are product.md's contract; added to it: {@code orgWaitMs}, the part of {@code durationMs} this
 * process spent waiting for Salesforce (its answers, Bulk job polls, retry backoffs), the rest being
 * the pipeline's own time; {@code apiCallsByOperation}, the calls of {@code apiCalls} by kind and
 * operation ({@code "bulk addBatch"}, {@code "soap queryMore"}, ...), to see where a run's calls go;
 * and {@code stageMs}, a sync's time by stage of its step ({@link PipelineStages}: reading rows,
 * answering unchanged rows, export, storing outcomes; empty for other jobs), to see where its time goes.
 */
public record RunSummary(long runId, String status, long read, long created, long updated, long unchanged,
                         long skipped, long failed, Map<String, Long> apiCalls, Map<String, Long> apiCallsByOperation,
                         long durationMs, long orgWaitMs, Map<String, Long> byCode, Map<String, Long> stageMs) {

    /** The console's names of the stages of {@code stageMs}. */
    private static final Map<String, String> STAGE_LABELS = Map.of("readRows", "reading rows",
            "answerUnchanged", "answering unchanged rows", "export", "export (with its waits for Salesforce)",
            "storeOutcomes", "storing outcomes");

    public RunSummary {
        stageMs = stageMs == null ? Map.of() : stageMs; // a summary stored before stageMs existed
    }

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
        if (!stageMs.isEmpty() && durationMs > 0) {
            // last: the lines above keep their places for whoever reads them (bench/served.sh)
            StringJoiner stages = new StringJoiner(", ", System.lineSeparator() + "  time by stage: ", "");
            stageMs.forEach((stage, ms) -> stages.add(String.format("%s %.1fs", STAGE_LABELS.getOrDefault(stage, stage),
                    ms / 1000.0)));
            long rest = durationMs - stageMs.values().stream().mapToLong(Long::longValue).sum();
            stages.add(String.format("other %.1fs (input check, describes, commits)", Math.max(0, rest) / 1000.0));
            sb.append(stages);
        }
        return sb.toString();
    }
}
