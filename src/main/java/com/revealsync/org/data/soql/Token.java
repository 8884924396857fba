package com.revealsync.org.data.soql;

import java.util.Locale;

/**
 * One SOQL token with where it starts in the query text (1-based row and column).
 *
 * @param text the token's text; for a string literal, its value with escapes resolved
 */
record Token(Kind kind, String text, int offset, int row, int column) {

    enum Kind { IDENT, STRING, NUMBER, DATE, DATETIME, COMMA, DOT, LPAREN, RPAREN, COLON, OPERATOR, EOF }

    boolean is(Kind k) {
        return kind == k;
    }

    /** Whether this is the keyword (an identifier, matched case-insensitively). */
    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How the token appears in "unexpected token" messages. */
    String display() {
        return kind == Kind.EOF ? "<EOF>" : "'" + text + "'";
    }
}
