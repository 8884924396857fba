package com.revealsync.org.bulk2;

/** The value separators Bulk API 2.0 accepts ({@code columnDelimiter} of a job). */
public enum ColumnDelimiter {
    COMMA(','), TAB('\t'), PIPE('|'), SEMICOLON(';'), CARET('^'), BACKQUOTE('`');

    private final char character;

    ColumnDelimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    static ColumnDelimiter parse(String text) {
        if (text == null || text.isBlank()) {
            return COMMA;
        }
        for (ColumnDelimiter d : values()) {
            if (d.name().equals(text.trim())) {
                return d;
            }
        }
        throw Bulk2Exception.invalidJob("Invalid columnDelimiter: " + text.trim()
                + " (one of COMMA, TAB, PIPE, SEMICOLON, CARET, BACKQUOTE)");
    }
}
