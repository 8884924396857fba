package com.revealsync.mapping.profile;

import com.revealsync.lusha.RecordType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A mapping profile: for each record type, which Salesforce fields the Lusha fields go to, the
 * predefined values and the conditional rules; and the account export preferences.
 *
 * @param source where the profile was read from (the file as named by the user), for every message
 */
public record MappingProfile(String source, Map<RecordType, RecordMapping> records,
                             AccountExportPreferences accountPreferences) {

    public MappingProfile {
        EnumMap<RecordType, RecordMapping> copy = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            RecordMapping m = records.get(type);
            copy.put(type, m == null ? RecordMapping.empty(type) : m);
        }
        records = Collections.unmodifiableMap(copy);
        if (accountPreferences == null) {
            accountPreferences = AccountExportPreferences.defaults();
        }
    }

    /** The mapping of one record type (empty when the profile has none for it). */
    public RecordMapping mapping(RecordType type) {
        return records.get(type);
    }
}
