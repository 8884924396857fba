package com.revealsync.mapping.match;

import com.revealsync.lusha.RecordType;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Salesforce record found by the lookup queries: its type, Id and the values of the fields the
 * profile reads ({@code MappingProcessor.fieldsToRead}). Field names are matched ignoring case.
 *
 * @param fields field values as the query returned them (text), keyed by lower-case API name
 */
public record ExistingRecord(RecordType type, String id, Map<String, String> fields) {

    public ExistingRecord {
        if (type == null || id == null || id.isBlank()) {
            throw new IllegalArgumentException("an existing record needs a type and an Id");
        }
        Map<String, String> lower = new HashMap<>(fields.size() * 2);
        fields.forEach((k, v) -> {
            if (v != null) {
                lower.put(k.toLowerCase(Locale.ROOT), v);
            }
        });
        fields = Map.copyOf(lower);
    }

    /** The value of a field, or null when empty; {@code field} in any case. */
    public String value(String field) {
        return valueByKey(field.toLowerCase(Locale.ROOT));
    }

    /** The value by lower-case field name (the hot path: names are lower-cased once, when a profile is compiled). */
    public String valueByKey(String lowerCaseField) {
        String v = fields.get(lowerCaseField);
        return v == null || v.isBlank() ? null : v;
    }

    public boolean isConvertedLead() {
        return type == RecordType.Lead && "true".equalsIgnoreCase(valueByKey("isconverted"));
    }
}
