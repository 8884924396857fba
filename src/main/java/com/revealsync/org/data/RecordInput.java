package com.revealsync.org.data;

import java.util.Map;
import java.util.Set;

/**
 * One record as a client sent it, before validation: its type, its id (updates, deletes, upserts
 * on Id), the field values as the wire text (SOAP element text or a CSV cell, keyed by field name
 * in the order sent) and the fields to clear.
 */
public record RecordInput(String type, String id, Map<String, String> values, Set<String> fieldsToNull) {
    public RecordInput {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        fieldsToNull = fieldsToNull == null ? Set.of() : Set.copyOf(fieldsToNull);
    }
}
