package com.revealsync.org.bulk2;

import com.revealsync.org.bulk.BulkOperation;
import java.time.Instant;

/**
 * What a Bulk API 2.0 job was created as.
 *
 * @param query the SOQL of a query job; null for an ingest job
 * @param lineEnding {@code LF} or {@code CRLF}: how result files end their lines
 */
public record Job2Spec(String id, BulkOperation operation, String object, String externalIdFieldName,
                       String query, String createdById, Instant createdDate, String apiVersion,
                       ColumnDelimiter delimiter, String lineEnding) {

    boolean isQuery() {
        return query != null;
    }

    String lineSeparator() {
        return "CRLF".equals(lineEnding) ? "\r\n" : "\n";
    }
}
