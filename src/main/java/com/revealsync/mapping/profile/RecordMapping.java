package com.revealsync.mapping.profile;

import com.revealsync.lusha.RecordType;
import java.util.List;

/** Everything a profile says about one record type. */
public record RecordMapping(RecordType type, List<FieldMapping> fields, List<PredefinedValue> predefined,
                            List<ConditionalRule> rules) {

    public RecordMapping {
        fields = List.copyOf(fields);
        predefined = List.copyOf(predefined);
        rules = List.copyOf(rules);
    }

    public static RecordMapping empty(RecordType type) {
        return new RecordMapping(type, List.of(), List.of(), List.of());
    }
}
