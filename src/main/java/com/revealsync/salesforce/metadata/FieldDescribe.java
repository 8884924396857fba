package com.revealsync.salesforce.metadata;

import java.util.List;
import java.util.Locale;

/**
 * What the pipeline needs to know about one Salesforce field, from the org's describe.
 *
 * @param length maximum length in characters, for text types (0 for others)
 * @param precision total digits of a double, currency or percent field
 * @param scale digits after the decimal point of a double, currency or percent field
 * @param digits maximum digits of an int field
 * @param picklistValues the active picklist values, in describe order
 * @param referenceTo for reference fields, the objects they point at
 */
public record FieldDescribe(String name, String label, SalesforceFieldType type,
                            int length, int precision, int scale, int digits,
                            boolean nillable, boolean createable, boolean updateable,
                            boolean defaultedOnCreate, boolean externalId, boolean unique,
                            List<String> picklistValues, boolean restrictedPicklist,
                            List<String> referenceTo) {

    public FieldDescribe {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        label = label == null || label.isBlank() ? name : label;
        type = type == null ? SalesforceFieldType.OTHER : type;
        picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
        referenceTo = referenceTo == null ? List.of() : List.copyOf(referenceTo);
    }

    /** Required on create as Salesforce decides it: not nillable, createable, not defaulted, not a checkbox. */
    public boolean requiredOnCreate() {
        return !nillable && createable && !defaultedOnCreate && type != SalesforceFieldType.BOOLEAN;
    }

    /** The picklist value equal to {@code value} ignoring case, in the org's own spelling, or null. */
    public String picklistValue(String value) {
        for (String v : picklistValues) {
            if (v.equalsIgnoreCase(value)) {
                return v;
            }
        }
        return null;
    }

    /** Lower-cased API name, the key describes are looked up by. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
