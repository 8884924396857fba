package com.revealsync.mapping.convert;

import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.math.BigDecimal;

/**
 * Whether a field already holds a converted value, as Salesforce would see it: numbers by value
 * ({@code 1200} and {@code 1200.0}), emails ignoring case, dates and times by their instant's text.
 * Writing a value a field already holds is no change at all, even under Allow Override.
 */
public final class SameValue {

    private SameValue() {
    }

    /**
     * @param current the field's value as a query returned it (text, not blank)
     * @param value a value from a {@link ValueConverter}
     */
    public static boolean same(String current, Object value, SalesforceFieldType type) {
        if (value instanceof Integer || value instanceof BigDecimal) {
            BigDecimal now = Numbers.parse(current.strip());
            BigDecimal next = value instanceof BigDecimal bd ? bd : BigDecimal.valueOf((Integer) value);
            return now != null && now.compareTo(next) == 0;
        }
        if (value instanceof Boolean b) {
            return Boolean.parseBoolean(current.strip()) == b;
        }
        if (value instanceof String s) {
            return type == SalesforceFieldType.EMAIL ? s.equalsIgnoreCase(current.strip()) : s.equals(current.strip());
        }
        return current.strip().startsWith(String.valueOf(value).replace("Z", ""));
    }
}
