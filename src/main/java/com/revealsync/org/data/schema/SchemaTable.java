package com.revealsync.org.data.schema;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.PicklistValue;
import com.revealsync.org.data.SObjectSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads one declarative metadata table (see {@code README.md} beside the tables) into the
 * describe of an sObject. The metadata is data: adding a field is adding a line.
 */
public final class SchemaTable {

    private static final String RESOURCE_DIR = "/com/revealsync/org/data/schema/";

    private SchemaTable() {
    }

    /** Loads the table {@code <objectName>.table} from the class path. */
    public static SObjectSchema load(String objectName) {
        return parse(objectName + ".table", resource(objectName + ".table"));
    }

    static SObjectSchema parse(String source, String text) {
        String[] header = null;
        List<FieldSchema> fields = new ArrayList<>();
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.startsWith("@object")) {
                    header = columns(line.substring("@object".length()), 5);
                } else {
                    fields.add(field(columns(line, 6)));
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException(source + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (header == null) {
            throw new IllegalStateException(source + ": no @object line");
        }
        Set<String> objectFlags = Set.of(header[4].split("\\s+"));
        return new SObjectSchema(header[0], header[1], header[2], header[3],
                objectFlags.contains("createable"), objectFlags.contains("updateable"),
                objectFlags.contains("deletable"), objectFlags.contains("queryable"), false, fields);
    }

    private static FieldSchema field(String[] col) {
        String name = col[0];
        FieldType type = FieldType.fromApiName(col[2]);
        Set<String> flags = col[4].isEmpty() ? Set.of() : Set.of(col[4].split("\\s+"));
        for (String flag : flags) {
            if (!KNOWN_FLAGS.contains(flag)) {
                throw new IllegalArgumentException("unknown flag '" + flag + "' on " + name);
            }
        }
        boolean system = flags.contains("system");
        boolean readonly = system || flags.contains("readonly");
        boolean nillable = !system && !flags.contains("required") && type != FieldType.BOOLEAN;
        boolean createable = !readonly;
        boolean updateable = !readonly && !flags.contains("createonly");
        boolean defaulted = system || flags.contains("defaulted") || (type == FieldType.BOOLEAN && createable);
        Size size = Size.of(type, col[3]);
        List<PicklistValue> picklist = type == FieldType.PICKLIST ? picklist(col[5]) : List.of();
        List<String> referenceTo = List.of();
        String relationship = null;
        if (type == FieldType.REFERENCE) {
            String[] ref = col[5].split(">");
            referenceTo = List.of(ref[0].strip());
            relationship = ref[1].strip();
        }
        return new FieldSchema(name, col[1], type.apiName(), type.soapType(), size.length(),
                size.precision(), size.scale(), size.digits(), size.byteLength(),
                nillable, createable, updateable, defaulted, flags.contains("externalId"),
                flags.contains("idLookup"), flags.contains("unique"), name.endsWith("__c"),
                flags.contains("calculated"), picklist, flags.contains("restricted"), referenceTo, relationship);
    }

    private static final Set<String> KNOWN_FLAGS = Set.of("system", "readonly", "createonly", "required",
            "defaulted", "externalId", "idLookup", "unique", "restricted", "calculated");

    private static List<PicklistValue> picklist(String spec) {
        String values = spec.startsWith("@") ? resource(spec.substring(1) + ".list").strip() : spec;
        return Arrays.stream(values.split(";")).map(String::strip).filter(v -> !v.isEmpty())
                .map(v -> {
                    boolean isDefault = v.endsWith("*");
                    String value = isDefault ? v.substring(0, v.length() - 1).strip() : v;
                    return new PicklistValue(value, value, true, isDefault);
                }).toList();
    }

    private static String[] columns(String line, int count) {
        String[] parts = line.split("\\|", -1);
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = i < parts.length ? parts[i].strip() : "";
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = SchemaTable.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("metadata table not found: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size attributes of a field, as describe reports them for its type. */
    private record Size(int length, int precision, int scale, int digits, int byteLength) {
        static Size of(FieldType type, String spec) {
            if (type.isId()) {
                return new Size(18, 0, 0, 0, 18);
            }
            if (type.isText()) {
                int length = Integer.parseInt(spec);
                return new Size(length, 0, 0, 0, length * 3);
            }
            if (type == FieldType.INT) {
                return new Size(0, 0, 0, Integer.parseInt(spec), 0);
            }
            if (type.isNumber()) {
                String[] ps = spec.split(",");
                return new Size(0, Integer.parseInt(ps[0].strip()), Integer.parseInt(ps[1].strip()), 0, 0);
            }
            return new Size(0, 0, 0, 0, 0);
        }
    }
}
