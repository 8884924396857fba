package com.revealsync.org.bulk;

import java.time.Instant;

/** What a job was created as; never changes after creation. */
public record JobSpec(String id, BulkOperation operation, String object, String externalIdFieldName,
                      ConcurrencyMode concurrencyMode, BatchContentType contentType, String createdById,
                      Instant createdDate, String apiVersion) {
}
