package com.revealsync.run;

import java.util.Collection;

/**
 * A JSON array of strings written straight into a {@link StringBuilder}, for the one JSON every
 * stored row carries ({@code row_outcome.source_json}, {@link SourceJson}): the same text Jackson
 * writes for it (a null cell as {@code null}; a quote, a backslash and the control characters
 * escaped, {@code \b \t \n \f \r} short, the others as a backslash, u and four hex digits;
 * anything else as it is), without building a list and going through the object mapper for every
 * row. A JFR profile of a scheduled rerun found that mapper call at a third of the time spent
 * storing the outcomes.
 */
final class JsonStringArray {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonStringArray() {
    }

    /** {@code [first, rest...]}. */
    static String of(String first, Collection<String> rest) {
        StringBuilder json = new StringBuilder(64 + rest.size() * 24);
        json.append('[');
        append(json, first);
        for (String cell : rest) {
            json.append(',');
            append(json, cell);
        }
        return json.append(']').toString();
    }

    private static void append(StringBuilder json, String s) {
        if (s == null) {
            json.append("null");
            return;
        }
        json.append('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            json.append(s, plain, i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\t' -> json.append("\\t");
                case '\n' -> json.append("\\n");
                case '\f' -> json.append("\\f");
                case '\r' -> json.append("\\r");
                default -> json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            plain = i + 1;
        }
        json.append(s, plain, s.length()).append('"');
    }
}
