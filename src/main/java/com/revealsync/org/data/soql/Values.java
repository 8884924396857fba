package com.revealsync.org.data.soql;

import java.math.BigDecimal;
import java.util.Locale;

/** Compares stored values the way SOQL does: text case-insensitively, numbers by value. */
final class Values {

    private Values() {
    }

    /** Compares two non-null values of one field; {@code ignoreCase} for text fields. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b, boolean ignoreCase) {
        if (a instanceof String s && b instanceof String t) {
            return ignoreCase ? s.toLowerCase(Locale.ROOT).compareTo(t.toLowerCase(Locale.ROOT)) : s.compareTo(t);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y));
        }
        return ((Comparable) a).compareTo(b);
    }

    static boolean equal(Object a, Object b, boolean ignoreCase) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof String s && b instanceof String t) {
            return ignoreCase ? s.equalsIgnoreCase(t) : s.equals(t);
        }
        return compare(a, b, ignoreCase) == 0;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }
}
