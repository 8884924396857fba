package com.revealsync.lusha.input;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.LushaFieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.DateTimeException;

/**
 * The checks the input layer makes on one value, before any mapping: a value outside its allowed
 * set, a timestamp that is not ISO-8601, a Lusha user that is not an email address. Other fields
 * (emails, phones, numbers, urls) are checked against the target Salesforce field by the mapping,
 * where a bad value is only a warning.
 */
final class ValueCheck {

    private ValueCheck() {
    }

    /**
     * The value as it is kept (a choice in its canonical spelling), or a problem.
     *
     * @param value  the stripped, non-blank value
     */
    record Result(String value, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Result check(LushaField field, String value) {
        if (field.type() == LushaFieldType.CHOICE) {
            for (String allowed : field.allowedValues()) {
                if (allowed.equalsIgnoreCase(value)) {
                    return new Result(allowed, null);
                }
            }
            return bad(field, value, "is not one of " + String.join(", ", field.allowedValues()));
        }
        if (field.type() == LushaFieldType.TIMESTAMP && !isTimestamp(value)) {
            return bad(field, value, "is not an ISO-8601 timestamp such as 2026-11-26T09:15:00Z");
        }
        if (field.required() && field.type() == LushaFieldType.EMAIL && !isEmail(value)) {
            return bad(field, value, "is not an email address");
        }
        return new Result(value, null);
    }

    /** One {@code @} with text before it, a dot inside the text after it, and no blanks. */
    static boolean isEmail(String value) {
        int at = value.indexOf('@');
        int dot = value.lastIndexOf('.');
        if (at <= 0 || at != value.lastIndexOf('@') || dot <= at + 1 || dot == value.length() - 1) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isTimestamp(String value) {
        if (isUtcSecondsTimestamp(value)) {
            return true;
        }
        String text = value.length() > 10 && value.charAt(10) == ' '
                ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            // not with an offset: try the forms without one
        }
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The form Lusha exports, {@code 2026-11-26T09:15:00Z}, checked by hand: java.time's parsers take
     * several microseconds a value, which shows on a million rows. Any other form goes to them.
     */
    private static boolean isUtcSecondsTimestamp(String v) {
        if (v.length() != 20 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' || v.charAt(13) != ':'
                || v.charAt(16) != ':' || v.charAt(19) != 'Z') {
            return false;
        }
        int hour = number(v, 11, 13);
        int minute = number(v, 14, 16);
        int second = number(v, 17, 19);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        try {
            LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 when it holds anything but digits. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Result bad(LushaField field, String value, String why) {
        return new Result(null, field.key() + " \"" + shorten(value) + "\" " + why);
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
