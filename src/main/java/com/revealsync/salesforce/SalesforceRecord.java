package com.revealsync.salesforce;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record read by a query: its type, id and field values. A value is a String (as Salesforce sent
 * it), null, or a nested {@code SalesforceRecord} for a relationship ({@code Account.Name}).
 */
public record SalesforceRecord(String type, String id, Map<String, Object> fields) {

    public SalesforceRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value at {@code path}, a field name or a dotted relationship path; null when absent. */
    public Object get(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return fieldIgnoringCase(path);
        }
        Object parent = fieldIgnoringCase(path.substring(0, dot));
        return parent instanceof SalesforceRecord related ? related.get(path.substring(dot + 1)) : null;
    }

    /** The value at {@code path} as text; null when absent or null. */
    public String getString(String path) {
        Object value = get(path);
        return value == null ? null : value.toString();
    }

    private Object fieldIgnoringCase(String name) {
        if (fields.containsKey(name)) {
            return fields.get(name);
        }
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
