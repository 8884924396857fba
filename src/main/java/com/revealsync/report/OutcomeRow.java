package com.revealsync.report;

/** One row of {@code row_outcome}: what became of one input row in one run. */
public record OutcomeRow(long runId, String sourceFile, long lineNo, String lushaId, String revealedBy,
                         String recordType, String outcome, String salesforceId, String code, String message,
                         String fields, String warningsJson, String sourceJson) {
}
