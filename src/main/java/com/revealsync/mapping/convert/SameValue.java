package com.revealsync.mapping.convert;

import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Whether a field already holds a converted value, as Salesforce would see it: numbers by value
 * ({@code 1200}, {@code 1200.0}, {@code 1.2E3}), emails ignoring case, dates and date-times as
 * moments. Writing a value a field already holds is no change at all, even under Allow Override.
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
            BigDecimal now = number(current.strip());
            BigDecimal next = value instanceof BigDecimal bd ? bd : BigDecimal.valueOf((Integer) value);
            return now != null && now.compareTo(next) == 0;
        }
        if (value instanceof Boolean b) {
            return Boolean.parseBoolean(current.strip()) == b;
        }
        if (value instanceof String s) {
            return type == SalesforceFieldType.EMAIL ? s.equalsIgnoreCase(current.strip()) : s.equals(current.strip());
        }
        return sameMoment(current.strip(), value);
    }

    /** Dates and date-times as Salesforce returns them ({@code 2024-03-01}, {@code 2024-03-01T10:00:00.000Z}). */
    private static boolean sameMoment(String current, Object value) {
        try {
            if (value instanceof LocalDate d) {
                return d.equals(LocalDate.parse(current.length() > 10 ? current.substring(0, 10) : current));
            }
            if (value instanceof Instant i) {
                return i.equals(OffsetDateTime.parse(current).toInstant());
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return String.valueOf(value).equals(current);
    }

    /** A number as Salesforce returns it: plain, or in a double's exponent form ({@code 2.5E7}). */
    private static BigDecimal number(String text) {
        BigDecimal n = Numbers.parse(text);
        if (n != null) {
            return n;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
