package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.SystemFields;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import com.revealsync.salesforce.soap.SoapReader;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /**
     * Records per SOAP query page where the select list holds two or more custom long text fields:
     * Salesforce sends no more than 200 then, whatever the page size asked for.
     */
    static final int LONG_TEXT_PAGE_SIZE = 200;
    /** Longest text area that is not a long text area. */
    private static final int TEXT_AREA_LENGTH = 255;

    private final Map<RecordType, String> selectLists = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Integer> pageSizes = new EnumMap<>(RecordType.class);
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
            pageSizes.put(type, longTextFields(type, fields) >= 2 ? LONG_TEXT_PAGE_SIZE : SoapReader.PAGE_SIZE);
        }
    }

    /** {@code SELECT <fields> FROM <type>}, ready for a WHERE clause. */
    String select(RecordType type) {
        return "SELECT " + selectLists.get(type) + " FROM " + type.name();
    }

    /** How many records a SOAP query page of {@link #select}{@code (type)} brings. */
    int queryPageSize(RecordType type) {
        return pageSizes.get(type);
    }

    private long longTextFields(RecordType type, Set<String> fields) {
        return fields.stream()
                .filter(f -> f.toLowerCase(Locale.ROOT).endsWith("__c"))
                .map(f -> describes.get(type).field(f).orElseThrow())
                .filter(f -> f.type() == SalesforceFieldType.TEXTAREA && f.length() > TEXT_AREA_LENGTH)
                .count();
    }

    boolean has(RecordType type, String field) {
        SObjectDescribe describe = describes.get(type);
        return describe != null && describe.field(field).isPresent();
    }
}
