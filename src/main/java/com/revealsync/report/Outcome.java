package com.revealsync.report;

/** The outcome of one input row, as stored in {@code row_outcome.outcome}. */
public enum Outcome {
    CREATED, UPDATED, UNCHANGED, SKIPPED, FAILED;

    /** True for the outcomes an admin must look at: the row did not reach Salesforce. */
    public boolean isError() {
        return this == SKIPPED || this == FAILED;
    }

    /** The outcome stored under {@code name}, or null for a value this build does not know. */
    static Outcome parse(String name) {
        for (Outcome outcome : values()) {
            if (outcome.name().equals(name)) {
                return outcome;
            }
        }
        return null;
    }
}
