package com.revealsync.org.data.validation;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.value.OrgErrors;
import com.revealsync.org.data.value.ParsedValue;
import com.revealsync.org.data.value.ValueParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of one input record for a create or an update: unknown fields, fields that may
 * not be written, and each value through the shared {@link ValueParser}. Needs no lock: it looks
 * at nothing but the metadata.
 */
public final class InputReader {

    /** Whether fields are checked as createable or as updateable. */
    public enum Mode { CREATE, UPDATE }

    private final ValueParser parser;

    public InputReader(ValueParser parser) {
        this.parser = parser;
    }

    public FieldChanges read(ObjectMeta meta, RecordInput input, Mode mode) {
        Map<Integer, Object> values = new LinkedHashMap<>();
        List<OrgError> errors = new ArrayList<>();
        List<String> notWritable = new ArrayList<>();
        for (Map.Entry<String, String> entry : input.values().entrySet()) {
            String name = entry.getKey();
            if (name.equalsIgnoreCase("Id")) {
                if (mode == Mode.CREATE && entry.getValue() != null && !entry.getValue().isEmpty()) {
                    errors.add(OrgErrors.idOnInsert());
                }
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
            ParsedValue parsed = parser.parse(field, meta.type(at), entry.getValue());
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
        return new FieldChanges(values, errors);
    }

    private static boolean writable(FieldSchema field, Mode mode) {
        return mode == Mode.CREATE ? field.createable() : field.updateable();
    }
}
