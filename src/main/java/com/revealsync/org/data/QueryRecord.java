package com.revealsync.org.data;

import java.util.Map;

/**
 * One record in a query or retrieve result: its type and its fields in the order the query named
 * them. A value is the wire text (String, formatted as Salesforce formats that field type), null,
 * or a nested {@code QueryRecord} for a parent relationship such as {@code Account.Name}.
 */
public record QueryRecord(String type, Map<String, Object> fields) {
    public QueryRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
