package com.revealsync.salesforce.metadata;

import java.util.Locale;

/**
 * The field types a Salesforce describe reports (the partner API's {@code FieldType} names), as far
 * as mapping cares. Types the pipeline never writes collapse into {@link #OTHER}.
 */
public enum SalesforceFieldType {
    ID, STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, MULTIPICKLIST, COMBOBOX, BOOLEAN,
    INT, DOUBLE, CURRENCY, PERCENT, DATE, DATETIME, REFERENCE, OTHER;

    /** The type for a describe's type name ({@code "int"}, {@code "picklist"}, ...); unknown names are OTHER. */
    public static SalesforceFieldType fromApiName(String name) {
        if (name == null) {
            return OTHER;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith("_")) {
            n = n.substring(1); // WSC's enum constants for Java keywords: _int, _double, _boolean
        }
        for (SalesforceFieldType t : values()) {
            if (t.apiName().equals(n)) {
                return t;
            }
        }
        return OTHER;
    }

    /** The describe's name for the type, e.g. {@code int}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isNumeric() {
        return this == INT || this == DOUBLE || this == CURRENCY || this == PERCENT;
    }

    /** Types whose values are text with a maximum length in the describe. */
    public boolean isText() {
        return switch (this) {
            case STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, MULTIPICKLIST, COMBOBOX -> true;
            default -> false;
        };
    }
}
