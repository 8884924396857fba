package com.revealsync.org.data.soql;

import java.util.List;

/** The parsed form of a SOQL query, before its names are checked against the metadata. */
final class Ast {

    private Ast() {
    }

    /** A field path as written, e.g. {@code Account.Name}; {@code at} is its first token. */
    record Path(List<String> parts, Token at) {
        String text() {
            return String.join(".", parts);
        }
    }

    /** A literal in a condition: STRING, NUMBER, DATE, DATETIME, TRUE/FALSE, NULL or a date function. */
    record Literal(Token token, Kind kind, int n) {
        enum Kind { STRING, NUMBER, DATE, DATETIME, BOOLEAN, NULL, DATE_FUNCTION }
    }

    sealed interface Condition permits And, Or, Not, Compare, In {
    }

    record And(List<Condition> parts) implements Condition {
    }

    record Or(List<Condition> parts) implements Condition {
    }

    record Not(Condition inner) implements Condition {
    }

    /** {@code field op value}; op is one of = != < > <= >= LIKE. */
    record Compare(Path field, String op, Literal value, Token opToken) implements Condition {
    }

    record In(Path field, boolean negated, List<Literal> values) implements Condition {
    }

    /** {@code nullsFirst} null when the query does not say (ASC: first, DESC: last). */
    record Order(Path field, boolean descending, Boolean nullsFirst) {
    }

    record Query(List<Path> fields, boolean count, Token objectToken, Condition where, List<Order> orderBy,
                 Integer limit, Integer offset) {
        String objectName() {
            return objectToken.text();
        }
    }
}
