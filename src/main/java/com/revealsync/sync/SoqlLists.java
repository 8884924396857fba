package com.revealsync.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** SOQL literals and IN lists, split so that no query grows past what an org accepts. */
final class SoqlLists {

    /** Values per IN list: keeps a query well under Salesforce's 100,000-character SOQL limit. */
    static final int MAX_VALUES = 200;

    private SoqlLists() {
    }

    /** A SOQL string literal, with the escapes SOQL defines. */
    static String literal(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('\'').toString();
    }

    /** A LIKE pattern literal matching {@code value} anywhere, LIKE's own wildcards escaped. */
    static String containsLiteral(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 4).append("'%");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '%' -> sb.append("\\%");
                case '_' -> sb.append("\\_");
                case '\'' -> sb.append("\\'");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append("%'").toString();
    }

    /** {@code field IN ('a','b')}. */
    static String in(String field, Collection<String> values) {
        StringBuilder sb = new StringBuilder(field).append(" IN (");
        boolean first = true;
        for (String v : values) {
            if (!first) {
                sb.append(',');
            }
            sb.append(literal(v));
            first = false;
        }
        return sb.append(')').toString();
    }

    /** Query text per call: a margin below the 100,000 characters an org accepts. */
    static final int MAX_WHERE_CHARS = 20_000;

    /** Joins clauses with OR into as few WHERE texts as {@link #MAX_WHERE_CHARS} allows. */
    static List<String> orGroups(List<String> clauses) {
        List<String> groups = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String clause : clauses) {
            if (current.length() > 0 && current.length() + clause.length() + 6 > MAX_WHERE_CHARS) {
                groups.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() == 0 ? "" : " OR ").append('(').append(clause).append(')');
        }
        if (current.length() > 0) {
            groups.add(current.toString());
        }
        return groups;
    }

    static <T> List<List<T>> partition(Collection<T> values, int size) {
        List<List<T>> parts = new ArrayList<>();
        List<T> current = new ArrayList<>(Math.min(size, values.size()));
        for (T v : values) {
            current.add(v);
            if (current.size() == size) {
                parts.add(current);
                current = new ArrayList<>(size);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }
}
