package com.revealsync.testmapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.convert.FieldConverters;
import com.revealsync.mapping.convert.Converted;
import com.revealsync.mapping.convert.ValueConverter;
import com.revealsync.mapping.profile.ConditionalRule;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.PredefinedValue;
import com.revealsync.mapping.profile.RecordMapping;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile as Test Mapping sends it. Predefined and rule values that reveal-sync's own checks would
 * refuse (a value outside a restricted picklist, a number too large...) are taken out of the profile
 * the processor compiles and sent to the org as they are, so that the admin sees Salesforce's own
 * answer, as Lusha's Test Mapping shows it. Everything else goes through the real processor.
 *
 * @param raw per record type, Salesforce field to the value sent as it is
 * @param notes per record type, one line per value sent as it is, with what reveal-sync's check says of it
 */
record LenientProfile(MappingProfile profile, Map<RecordType, Map<String, String>> raw,
                      Map<RecordType, List<String>> notes) {

    static LenientProfile of(MappingProfile profile, Map<RecordType, SObjectDescribe> describes) {
        Map<RecordType, RecordMapping> kept = new EnumMap<>(RecordType.class);
        Map<RecordType, Map<String, String>> raw = new EnumMap<>(RecordType.class);
        Map<RecordType, List<String>> notes = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            List<String> typeNotes = new ArrayList<>();
            RecordMapping m = profile.mapping(type);
            SObjectDescribe describe = describes.get(type);
            Map<String, String> sentAsIs = new LinkedHashMap<>();
            List<PredefinedValue> predefined = new ArrayList<>();
            for (PredefinedValue p : m.predefined()) {
                if (!refused(describe, type, p.salesforceField(), p.value(), sentAsIs, typeNotes)) {
                    predefined.add(p);
                }
            }
            List<ConditionalRule> rules = new ArrayList<>();
            for (ConditionalRule r : m.rules()) {
                if (!refused(describe, type, r.salesforceField(), r.value(), sentAsIs, typeNotes)) {
                    rules.add(r);
                }
            }
            kept.put(type, new RecordMapping(type, m.fields(), predefined, rules));
            raw.put(type, sentAsIs);
            notes.put(type, typeNotes);
        }
        return new LenientProfile(new MappingProfile(profile.source(), kept, profile.accountPreferences()), raw, notes);
    }

    /** A value of a field that exists and takes writes, which the field's converter refuses. */
    private static boolean refused(SObjectDescribe describe, RecordType type, String field, String value,
                                   Map<String, String> sentAsIs, List<String> notes) {
        FieldDescribe d = describe == null ? null : describe.field(field).orElse(null);
        ValueConverter converter = d == null ? null : FieldConverters.forType(d.type());
        if (converter == null || value.isBlank()) {
            return false; // the validator reports these: nothing can be sent
        }
        Converted c = converter.convert(value.strip(), d);
        if (c.isOk()) {
            return false;
        }
        sentAsIs.put(d.name(), value.strip());
        notes.add(d.name() + " = '" + value.strip() + "' is sent as it is for Salesforce's own answer"
                + " (reveal-sync's check: " + c.problem() + ": " + c.message() + ")");
        return true;
    }

    Map<String, String> raw(RecordType type) {
        return raw.getOrDefault(type, Map.of());
    }

    List<String> notes(RecordType type) {
        return notes.getOrDefault(type, List.of());
    }
}
