package com.revealsync.run;

/**
 * How one input row ended. Every row ends in exactly one of these (product.md, "Skip and report").
 * SKIPPED means our own check or configuration said no; FAILED means Salesforce said no.
 */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED;

    /** Whether the row counts against a clean run (exit code 3 when any row did). */
    public boolean isProblem() {
        return this == SKIPPED || this == FAILED;
    }
}
