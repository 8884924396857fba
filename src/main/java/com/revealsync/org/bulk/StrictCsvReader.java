package com.revealsync.org.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV the way the Bulk API does, which is stricter than a general-purpose CSV library (and is
 * why this is not opencsv): comma-delimited, LF or CRLF line ends, a quoted value must open right
 * after a comma and close right before one ({@code "John", "Smith"} is not valid), a quote inside an
 * unquoted value is an error. Such an error spoils only its row: the row is reported malformed and
 * reading goes on at the next line. A quote left open at the end of the text spoils the whole batch.
 * Empty lines are skipped.
 */
public final class StrictCsvReader {

    private final String text;
    private final char delimiter;
    private int pos;
    private int line = 1;

    private StrictCsvReader(String text, char delimiter) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.delimiter = delimiter;
    }

    /** @throws BulkApiException InvalidBatch when a quote is never closed */
    public static List<CsvRow> read(String text) {
        return read(text, ',');
    }

    /** Reads text whose values are separated by {@code delimiter} (Bulk API 2.0 allows a few). */
    public static List<CsvRow> read(String text, char delimiter) {
        return new StrictCsvReader(text, delimiter).readAll();
    }

    private List<CsvRow> readAll() {
        List<CsvRow> rows = new ArrayList<>();
        while (pos < text.length()) {
            if (atLineEnd()) {
                skipLineEnd();
                continue;
            }
            int start = line;
            try {
                rows.add(CsvRow.ok(start, readRecord()));
            } catch (RowError e) {
                skipRestOfLine();
                rows.add(CsvRow.malformed(start, e.getMessage()));
            }
        }
        return rows;
    }

    private List<String> readRecord() {
        List<String> cells = new ArrayList<>();
        while (true) {
            cells.add(peek() == '"' ? readQuoted() : readPlain());
            if (pos >= text.length() || atLineEnd()) {
                skipLineEnd();
                return cells;
            }
            pos++; // the delimiter
        }
    }

    private String readPlain() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) != delimiter && !atLineEnd()) {
            if (text.charAt(pos) == '"') {
                throw new RowError("Found unescaped quote. A value with quote should be within a quote");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String readQuoted() {
        int openLine = line;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw BulkApiException.invalidBatch("Failed to parse CSV. EOF reached before closing an opened quote"
                        + " (the quote opened on line " + openLine + ")");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (peek() == '"') {
                    value.append('"');
                    pos++;
                    continue;
                }
                if (pos < text.length() && peek() != delimiter && !atLineEnd()) {
                    throw new RowError("Found characters after a closing quote. A value with quote should be within a quote");
                }
                return value.toString();
            }
            if (c == '\n') {
                line++;
            }
            value.append(c);
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private boolean atLineEnd() {
        char c = peek();
        return c == '\n' || (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n')
                || (c == '\r' && pos + 1 == text.length());
    }

    private void skipLineEnd() {
        if (peek() == '\r') {
            pos++;
        }
        if (peek() == '\n') {
            pos++;
            line++;
        }
    }

    private void skipRestOfLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        skipLineEnd();
    }

    /** A problem confined to one row. */
    private static final class RowError extends RuntimeException {
        RowError(String message) {
            super(message, null, false, false);
        }
    }
}
