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

    /**
     * Each character as {@code toLowerCase(toUpperCase(c))}, ASCII without a call: two strings are
     * equal ignoring case ({@code equalsIgnoreCase}, a case-insensitive regular expression) exactly
     * when their folds are equal.
     */
    static String fold(String text) {
        char[] folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c) {
                if (folded == null) {
                    folded = text.toCharArray();
                }
                folded[i] = f;
            }
        }
        return folded == null ? text : new String(folded);
    }

    /** Whether the text holds surrogates (supplementary characters, which {@link #fold} does not fold). */
    static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
    }
}
