package com.revealsync.org.data.validation;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.schema.OrgSchema;
import com.revealsync.org.data.value.OrgErrors;
import com.revealsync.org.data.value.ParsedValue;
import com.revealsync.org.data.value.ValueParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of one input record for a create or an update: unknown fields, fields that may
 * not be written, and each value through the shared {@link ValueParser}. Needs no lock: it looks
 * at nothing but the metadata.
 */
public final class InputReader {

    /** Whether fields are checked as createable or as updateable. */
    public enum Mode { CREATE, UPDATE }

    private final OrgSchema schema;
    private final ValueParser parser;

    public InputReader(OrgSchema schema, ValueParser parser) {
        this.schema = schema;
        this.parser = parser;
    }

    public FieldChanges read(ObjectMeta meta, RecordInput input, Mode mode) {
        return read(meta, input, mode, false);
    }

    /** @param truncate cut text values to their field's length (AllowFieldTruncationHeader) */
    public FieldChanges read(ObjectMeta meta, RecordInput input, Mode mode, boolean truncate) {
        Map<Integer, Object> values = new LinkedHashMap<>();
        List<OrgError> errors = new ArrayList<>();
        List<String> notWritable = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Map.Entry<String, String> entry : input.values().entrySet()) {
            String name = entry.getKey();
            if (name.equalsIgnoreCase("Id")) {
                if (mode == Mode.CREATE && entry.getValue() != null && !entry.getValue().isEmpty()) {
                    errors.add(OrgErrors.idOnInsert());
                }
                continue;
            }
            if (name.indexOf('.') > 0) {
                foreignKey(meta, name, entry.getValue(), mode, foreignKeys, notWritable, errors);
                continue;
            }
            int at = meta.position(name);
            if (at < 0) {
                errors.add(OrgErrors.unknownField(meta.name(), name));
                continue;
            }
            FieldSchema field = meta.field(at);
            if (!writable(field, mode)) {
                notWritable.add(field.name());
                continue;
            }
            ParsedValue parsed = parser.parse(field, meta.type(at), entry.getValue(), truncate);
            if (parsed.ok()) {
                values.put(at, parsed.value());
            } else {
                errors.add(parsed.error());
            }
        }
        for (String name : input.fieldsToNull()) {
            int at = meta.position(name);
            if (at < 0) {
                errors.add(OrgErrors.unknownField(meta.name(), name));
            } else if (!writable(meta.field(at), mode)) {
                notWritable.add(meta.field(at).name());
            } else {
                values.put(at, null);
            }
        }
        if (!notWritable.isEmpty()) {
            errors.add(0, OrgErrors.notWritable(notWritable));
        }
        return new FieldChanges(values, foreignKeys, errors);
    }

    /** {@code Relationship.ExternalIdField}: the parent's key, to be resolved to its id when saving. */
    private void foreignKey(ObjectMeta meta, String name, String text, Mode mode, List<ForeignKey> keys,
                            List<String> notWritable, List<OrgError> errors) {
        String[] parts = name.split("\\.", 2);
        Optional<Integer> reference = meta.relationship(parts[0]);
        Optional<ObjectMeta> parent = reference.flatMap(at -> schema.find(meta.field(at).referenceTo().get(0)));
        int keyAt = parent.map(p -> p.position(parts[1])).orElse(-1);
        if (keyAt < 0) {
            errors.add(OrgErrors.unknownField(meta.name(), name));
            return;
        }
        FieldSchema key = parent.get().field(keyAt);
        if (!key.externalId() && !key.idLookup()) {
            errors.add(new OrgError("INVALID_FIELD", "Field " + key.name() + " on " + parent.get().name()
                    + " is not an External ID or indexed field", List.of(name)));
            return;
        }
        if (!writable(meta.field(reference.get()), mode)) {
            notWritable.add(meta.field(reference.get()).name());
            return;
        }
        ParsedValue parsed = parser.parse(key, parent.get().type(keyAt), text);
        if (parsed.ok()) {
            keys.add(new ForeignKey(reference.get(), parent.get(), keyAt, parsed.value()));
        } else {
            errors.add(parsed.error());
        }
    }

    private static boolean writable(FieldSchema field, Mode mode) {
        return mode == Mode.CREATE ? field.createable() : field.updateable();
    }
}
