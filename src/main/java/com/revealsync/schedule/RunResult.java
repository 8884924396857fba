package com.revealsync.schedule;

import java.nio.file.Path;

/**
 * How a scheduled job ended. {@code runId} is the {@code sync_run} a sync or backfill produced
 * (after which the report of that run is written); {@code report} a report the job itself wrote.
 */
public record RunResult(Status status, Long runId, String summary, Path report) {

    public enum Status {
        /** Every row went (or the job had no rows, like a report). */
        SUCCEEDED(0),
        /** The job finished; some rows were skipped or failed (see the report). */
        ROWS_NOT_EXPORTED(3),
        /** The job failed; running it again restarts it. */
        FAILED(1);

        private final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The command-line exit code of {@code product.md} for this status. */
        public int exitCode() {
            return exitCode;
        }
    }

    /** The result of a run that ended with one of product.md's exit codes: 0, 3, anything else failed. */
    public static RunResult ofExitCode(int exitCode, Long runId, String summary) {
        Status status = exitCode == 0 ? Status.SUCCEEDED : exitCode == 3 ? Status.ROWS_NOT_EXPORTED : Status.FAILED;
        return new RunResult(status, runId, summary, null);
    }

    public static RunResult failed(String summary) {
        return new RunResult(Status.FAILED, null, summary, null);
    }

    public RunResult withReport(Path path) {
        return new RunResult(status, runId, summary, path);
    }
}
