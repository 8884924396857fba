package com.revealsync.mapping;

/**
 * Something an admin should know about a row that was still exported: a value left out (its code
 * and Salesforce's message) or a matching choice.
 *
 * @param field the Salesforce field concerned (its API name, e.g. {@code Email}), or null
 */
public record Warning(ExportCode code, String message, String field) {
}
