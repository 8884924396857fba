package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.SalesforceError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Error} cell of a Bulk API v1 result row: one or more
 * {@code STATUS_CODE:message:Field1,Field2 --}; the message may itself hold colons.
 */
final class BulkErrors {

    private static final Pattern ERROR = Pattern.compile(
            "([A-Z][A-Z0-9_]*):(.*?):([A-Za-z0-9_, ]*?)\\s*--(?=\\s*(?:[A-Z][A-Z0-9_]*:|$))", Pattern.DOTALL);

    private BulkErrors() {
    }

    static List<SalesforceError> parse(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return List.of(new SalesforceError("UNKNOWN_EXCEPTION", "the org refused the record without saying why"));
        }
        List<SalesforceError> errors = new ArrayList<>();
        Matcher m = ERROR.matcher(text);
        int end = 0;
        while (m.find() && m.start() == end) {
            errors.add(new SalesforceError(m.group(1), m.group(2).strip(), fields(m.group(3))));
            end = skipSpaces(text, m.end());
        }
        if (errors.isEmpty() || end != text.length()) {
            return List.of(new SalesforceError(codeOf(text), text));
        }
        return errors;
    }

    private static List<String> fields(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String codeOf(String text) {
        Matcher m = Pattern.compile("^([A-Z][A-Z0-9_]*):").matcher(text);
        return m.find() ? m.group(1) : "UNKNOWN_EXCEPTION";
    }
}
