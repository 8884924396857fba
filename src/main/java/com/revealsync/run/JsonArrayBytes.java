package com.revealsync.run;

import com.revealsync.lusha.SourceColumns;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON array of strings written straight from UTF-8 bytes (a row's packed cells), escaped as
 * Jackson escapes them (a quote, a backslash, the short escapes of backspace, tab, line feed, form
 * feed and carriage return, other control characters as a Unicode escape of four upper-case hex
 * digits, everything else as it is), so that the text is the one {@code writeValueAsString}
 * makes of the strings, without making them. Reused row after row; not thread-safe.
 */
final class JsonArrayBytes implements SourceColumns.ByteSink {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private byte[] buffer = new byte[2048];
    private int length;
    private boolean first;

    /** Starts a new array. */
    JsonArrayBytes start() {
        length = 0;
        first = true;
        put((byte) '[');
        return this;
    }

    /** Adds an element: a string given as text. */
    JsonArrayBytes add(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
        return this;
    }

    /** Adds an element: a string given as its UTF-8 bytes. */
    @Override
    public void write(byte[] bytes, int offset, int count) {
        put(first ? (byte) '"' : (byte) ',');
        if (!first) {
            put((byte) '"');
        }
        first = false;
        ensure(6 * count); // the most its bytes can take: each escaped as a six-byte Unicode escape
        for (int i = offset, end = offset + count; i < end; i++) {
            byte b = bytes[i];
            if (b >= 0x20 && b != '"' && b != '\\' || b < 0) { // printable ASCII or a byte of a multi-byte character
                buffer[length++] = b;
            } else {
                escape(b);
            }
        }
        put((byte) '"');
    }

    /** Ends the array: its text. */
    String end() {
        put((byte) ']');
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    private void escape(byte b) {
        byte shortForm = switch (b) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        buffer[length++] = '\\';
        if (shortForm != 0) {
            buffer[length++] = shortForm;
        } else {
            buffer[length++] = 'u';
            buffer[length++] = '0';
            buffer[length++] = '0';
            buffer[length++] = HEX[b >> 4];
            buffer[length++] = HEX[b & 0xF];
        }
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more + 1 > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more + 1));
        }
    }
}
