package com.revealsync.org.bulk;

/**
 * The fields a client sent in a {@code <jobInfo>} body (create, close or abort); null where absent.
 */
public record JobRequest(String operation, String object, String externalIdFieldName, String concurrencyMode,
                         String contentType, String state) {
}
