package com.revealsync.org.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Builds inputs the way the wire layers hand them over. */
final class OrgTestSupport {

    private OrgTestSupport() {
    }

    /** A record of a type with fields given as name, value, name, value, ... */
    static RecordInput record(String type, String... nameValues) {
        return new RecordInput(type, null, values(nameValues), Set.of());
    }

    static RecordInput withId(String type, String id, String... nameValues) {
        return new RecordInput(type, id, values(nameValues), Set.of());
    }

    static RecordInput withIdAndNulls(String type, String id, Set<String> fieldsToNull, String... nameValues) {
        return new RecordInput(type, id, values(nameValues), fieldsToNull);
    }

    static RecordInput lead(String lastName, String company, String... more) {
        String[] all = new String[more.length + 4];
        all[0] = "LastName";
        all[1] = lastName;
        all[2] = "Company";
        all[3] = company;
        System.arraycopy(more, 0, all, 4, more.length);
        return record("Lead", all);
    }

    private static Map<String, String> values(String... nameValues) {
        if (nameValues.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            values.put(nameValues[i], nameValues[i + 1]);
        }
        return values;
    }
}
