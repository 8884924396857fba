package com.revealsync.run;

import com.revealsync.lusha.RowRef;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one input row, as stored per run and shown in reports.
 *
 * @param recordType the row's own record (Lead or Contact), null when the row never got that far
 * @param code our skip code or Salesforce's status code; null for a clean outcome
 * @param fields the Salesforce fields the error concerns
 * @param sourceColumns the row exactly as read, unknown columns included
 */
public record RowOutcome(RowRef source, String lushaId, String revealedBy, String recordType,
                         Outcome outcome, String salesforceId, String accountId,
                         String code, String message, List<String> fields,
                         List<RowWarning> warnings, Map<String, String> sourceColumns) {
    public RowOutcome {
        fields = fields == null ? List.of() : List.copyOf(fields);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        sourceColumns = sourceColumns == null ? Map.of() : sourceColumns;
    }
}
