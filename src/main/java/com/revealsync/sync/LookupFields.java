package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.SystemFields;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields the lookup reads per object: what the profile maps (to know whether a field already
 * holds data) and what matching needs, limited to fields the org has.
 */
final class LookupFields {

    private static final Map<RecordType, List<String>> MATCHING = Map.of(
            RecordType.Lead, List.of("Id", "Email", SystemFields.LUSHA_ID, SystemFields.IS_CONVERTED,
                    SystemFields.CONVERTED_CONTACT_ID, "Company"),
            RecordType.Contact, List.of("Id", "Email", SystemFields.LUSHA_ID, SystemFields.ACCOUNT_ID),
            RecordType.Account, List.of("Id", "Name", "Website", SystemFields.LUSHA_COMPANY_ID));

    private final Map<RecordType, String> selectLists = new EnumMap<>(RecordType.class);
    private final Map<RecordType, SObjectDescribe> describes;

    LookupFields(Map<RecordType, SObjectDescribe> describes, Map<RecordType, Set<String>> mappedFields) {
        this.describes = describes;
        for (RecordType type : RecordType.values()) {
            Set<String> fields = new LinkedHashSet<>();
            for (String f : MATCHING.get(type)) {
                if (has(type, f)) {
                    fields.add(f);
                }
            }
            for (String f : mappedFields.getOrDefault(type, Set.of())) {
                if (has(type, f) && fields.stream().noneMatch(f::equalsIgnoreCase)) {
                    fields.add(f);
                }
            }
            selectLists.put(type, String.join(", ", fields));
        }
    }

    /** {@code SELECT <fields> FROM <type>}, ready for a WHERE clause. */
    String select(RecordType type) {
        return "SELECT " + selectLists.get(type) + " FROM " + type.name();
    }

    boolean has(RecordType type, String field) {
        SObjectDescribe describe = describes.get(type);
        return describe != null && describe.field(field).isPresent();
    }
}
