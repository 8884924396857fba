package com.revealsync.salesforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One record to write, as the caller plans it.
 *
 * @param key the caller's key for the record (a row reference, a Lusha id): results come back under
 *     it, never matched by position alone. Unique within one call.
 * @param id the Salesforce id, for update and delete; null for create and upsert.
 * @param values field name to value: String, Boolean, Integer, Long, Double, BigDecimal, LocalDate
 *     (date fields), Instant or OffsetDateTime (dateTime fields). A field left out is not written.
 * @param fieldsToNull fields to clear.
 *     An empty string value is left out (empty values are not written); list a field here to clear it.
 */
public record RecordWrite(String key, String id, Map<String, Object> values, Set<String> fieldsToNull) {

    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Integer.class,
            Long.class, Double.class, BigDecimal.class, LocalDate.class, Instant.class, OffsetDateTime.class);

    public RecordWrite {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a record to write needs a key");
        }
        String[] fields = new String[values.size()];
        Object[] kept = new Object[fields.length];
        int n = 0;
        boolean unchanged = values instanceof CompactValues;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object value = e.getValue();
            if (value == null || !VALUE_TYPES.contains(value.getClass())) {
                throw new IllegalArgumentException("record " + key + ": field " + e.getKey() + " has a value of type "
                        + (value == null ? "null (use fieldsToNull)" : value.getClass().getSimpleName())
                        + " that cannot be sent to Salesforce");
            }
            if (value instanceof String text && text.isEmpty()) {
                unchanged = false; // an empty string is left out: SOAP would clear the field, Bulk keep it
            } else {
                fields[n] = e.getKey();
                kept[n++] = value;
            }
        }
        // held until the chunk's results are back: compact, and the caller's own map when it is compact already
        values = unchanged ? values : CompactValues.of(fields, kept, n);
        for (String field : fieldsToNull) {
            if (values.containsKey(field)) {
                throw new IllegalArgumentException("record " + key + ": field " + field + " is both set and cleared");
            }
        }
        fieldsToNull = fieldsToNull.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(fieldsToNull));
    }

    /** A record to create or upsert (no Salesforce id). */
    public static RecordWrite of(String key, Map<String, Object> values) {
        return new RecordWrite(key, null, values, Set.of());
    }

    /** A record to update: its Salesforce id and the fields to change. */
    public static RecordWrite update(String key, String id, Map<String, Object> values) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("record " + key + ": an update needs the Salesforce id");
        }
        return new RecordWrite(key, id, values, Set.of());
    }

    /** This record, also clearing {@code fields}. */
    public RecordWrite clearing(Set<String> fields) {
        Set<String> all = new LinkedHashSet<>(fieldsToNull);
        all.addAll(fields);
        return new RecordWrite(key, id, values, all);
    }
}
