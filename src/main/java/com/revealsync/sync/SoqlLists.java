package com.revealsync.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** SOQL literals and IN lists, split so that no query grows past what an org accepts. */
final class SoqlLists {

    /** Values per IN list of an app-database query (bind parameters). */
    static final int MAX_VALUES = 200;

    /** Salesforce's limit on the length of a SOQL statement (100,000 characters by default). */
    static final int MAX_QUERY_CHARS = 100_000;

    /**
     * The WHERE text of one lookup query: the statement's limit less room for its SELECT list, so
     * a chunk's lookups take as few calls as the limit allows rather than one per 200 values.
     */
    static final int MAX_WHERE_CHARS = 90_000;

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

    /**
     * {@code field IN (...)} clauses holding every value, each at most {@code maxChars} long (a
     * single value longer than that gets a clause of its own).
     */
    static List<String> inLists(String field, Collection<String> values, int maxChars) {
        List<String> clauses = new ArrayList<>();
        String head = field + " IN (";
        StringBuilder current = new StringBuilder(head);
        for (String v : values) {
            String literal = literal(v);
            boolean empty = current.length() == head.length();
            if (!empty && current.length() + 1 + literal.length() + 1 > maxChars) {
                clauses.add(current.append(')').toString());
                current.setLength(0);
                current.append(head);
                empty = true;
            }
            current.append(empty ? "" : ",").append(literal);
        }
        if (current.length() > head.length()) {
            clauses.add(current.append(')').toString());
        }
        return clauses;
    }

    /** Joins clauses with OR into as few WHERE texts as {@link #MAX_WHERE_CHARS} allows. */
    static List<String> orGroups(List<String> clauses) {
        return orGroups(clauses, MAX_WHERE_CHARS);
    }

    /** Joins clauses, each in parentheses, with OR into as few texts of at most {@code maxChars} as it can. */
    static List<String> orGroups(List<String> clauses, int maxChars) {
        List<String> groups = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String clause : clauses) {
            if (current.length() > 0 && current.length() + clause.length() + 6 > maxChars) {
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
