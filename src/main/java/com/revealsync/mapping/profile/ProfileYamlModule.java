package com.revealsync.mapping.profile;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import java.util.Arrays;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads Lusha fields (by key or display name) and record types with messages an admin understands,
 * pointing at the line of the bad value.
 */
final class ProfileYamlModule extends SimpleModule {

    static final String RECORD_TYPES = Arrays.stream(RecordType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    ProfileYamlModule() {
        super("reveal-sync-profile");
        addDeserializer(LushaField.class, new LushaFieldDeserializer());
        addDeserializer(RecordType.class, new RecordTypeDeserializer());
        addKeyDeserializer(RecordType.class, new RecordTypeKeyDeserializer());
    }

    static RecordType recordType(String text, JsonParser p) {
        for (RecordType t : RecordType.values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw DatabindException.from(p, "unknown record type '" + text + "' (expected one of: " + RECORD_TYPES + ")");
    }

    private static final class LushaFieldDeserializer extends ValueDeserializer<LushaField> {
        @Override
        public LushaField deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            if (text == null) {
                throw DatabindException.from(p, "a Lusha field name is expected here");
            }
            return LushaField.byName(text).orElseThrow(() -> DatabindException.from(p,
                    "unknown Lusha field '" + text + "' (name it by key, e.g. email_1, or display name, e.g. Email 1)"));
        }
    }

    private static final class RecordTypeDeserializer extends ValueDeserializer<RecordType> {
        @Override
        public RecordType deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = p.getValueAsString();
            if (text == null) {
                throw DatabindException.from(p, "a record type is expected here (one of: " + RECORD_TYPES + ")");
            }
            return recordType(text, p);
        }
    }

    private static final class RecordTypeKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            return recordType(key, ctxt.getParser());
        }
    }
}
