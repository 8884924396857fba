package com.revealsync.org.data.schema;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.SObjectSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An sObject's describe with fast look-ups: field position by name (case-insensitive), parsed
 * field types, and the fields with special roles. A stored record is an array of values in this
 * field order.
 */
public final class ObjectMeta {

    private final SObjectSchema schema;
    private final FieldSchema[] fields;
    private final FieldType[] types;
    private final Map<String, Integer> exactPositions = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Integer> relationships = new HashMap<>();

    public ObjectMeta(SObjectSchema schema) {
        this.schema = schema;
        this.fields = schema.fields().toArray(FieldSchema[]::new);
        this.types = new FieldType[fields.length];
        for (int i = 0; i < fields.length; i++) {
            types[i] = FieldType.fromApiName(fields[i].type());
            exactPositions.put(fields[i].name(), i);
            positions.put(key(fields[i].name()), i);
            if (fields[i].relationshipName() != null) {
                relationships.put(key(fields[i].relationshipName()), i);
            }
        }
    }

    public String name() {
        return schema.name();
    }

    public String keyPrefix() {
        return schema.keyPrefix();
    }

    public SObjectSchema schema() {
        return schema;
    }

    public int fieldCount() {
        return fields.length;
    }

    public FieldSchema field(int position) {
        return fields[position];
    }

    public FieldType type(int position) {
        return types[position];
    }

    /** The position of a field, by name case-insensitively, or -1. */
    public int position(String fieldName) {
        Integer at = exactPositions.get(fieldName);
        if (at == null) {
            at = positions.get(key(fieldName));
        }
        return at == null ? -1 : at;
    }

    /** The position of a field that must exist (a standard field every object here has). */
    public int require(String fieldName) {
        int at = position(fieldName);
        if (at < 0) {
            throw new IllegalStateException(name() + " has no field " + fieldName);
        }
        return at;
    }

    public boolean has(String fieldName) {
        return position(fieldName) >= 0;
    }

    /** The reference field whose relationship has this name (e.g. {@code Account} -> AccountId). */
    public Optional<Integer> relationship(String relationshipName) {
        return Optional.ofNullable(relationships.get(key(relationshipName)));
    }

    public List<FieldSchema> fields() {
        return schema.fields();
    }

    /** Whether Name is computed from FirstName and LastName (Lead, Contact, User). */
    public boolean hasComputedName() {
        int at = position("Name");
        return at >= 0 && fields[at].calculated();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
