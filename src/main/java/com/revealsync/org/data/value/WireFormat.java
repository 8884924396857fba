package com.revealsync.org.data.value;

import com.revealsync.org.data.schema.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats stored values as Salesforce puts them on the wire: booleans {@code true}/{@code false},
 * ints {@code 120}, doubles and currency as Java doubles print ({@code 5000000.0}), dates
 * {@code 2026-11-28}, datetimes in UTC with milliseconds ({@code 2026-11-28T02:00:00.000Z}).
 */
public final class WireFormat {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireFormat() {
    }

    public static String format(FieldType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case BOOLEAN -> ((Boolean) value) ? "true" : "false";
            case INT -> Long.toString((Long) value);
            case DOUBLE, CURRENCY, PERCENT -> Double.toString(((BigDecimal) value).doubleValue());
            case DATE -> ((LocalDate) value).toString();
            case DATETIME -> DATETIME.format((Instant) value);
            default -> (String) value;
        };
    }

    public static String datetime(Instant instant) {
        return DATETIME.format(instant);
    }
}
