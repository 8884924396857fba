package com.revealsync.org.data.validation;

import com.revealsync.org.data.OrgError;
import java.util.List;
import java.util.Map;

/**
 * What one input record asks to write, read and checked field by field: the typed value per field
 * position (null where the field is to be cleared), references to set through a parent's external
 * id, or the errors that refuse the record.
 */
public record FieldChanges(Map<Integer, Object> values, List<ForeignKey> foreignKeys, List<OrgError> errors) {
    public FieldChanges {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        foreignKeys = List.copyOf(foreignKeys);
        errors = List.copyOf(errors);
    }

    public FieldChanges(Map<Integer, Object> values, List<OrgError> errors) {
        this(values, List.of(), errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
