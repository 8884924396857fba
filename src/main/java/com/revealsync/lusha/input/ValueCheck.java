package com.revealsync.lusha.input;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.LushaFieldType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The checks the input layer makes on one value, before any mapping: a value outside its allowed
 * set, a timestamp that is not ISO-8601, a Lusha user that is not an email address. Other fields
 * (emails, phones, numbers, urls) are checked against the target Salesforce field by the mapping,
 * where a bad value is only a warning.
 */
final class ValueCheck {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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
            return field.allowedValues().stream().filter(v -> v.equalsIgnoreCase(value)).findFirst()
                    .map(v -> new Result(v, null))
                    .orElseGet(() -> bad(field, value, "is not one of " + String.join(", ", field.allowedValues())));
        }
        if (field.type() == LushaFieldType.TIMESTAMP && !isTimestamp(value)) {
            return bad(field, value, "is not an ISO-8601 timestamp such as 2026-11-26T09:15:00Z");
        }
        if (field.required() && field.type() == LushaFieldType.EMAIL && !EMAIL.matcher(value).matches()) {
            return bad(field, value, "is not an email address");
        }
        return new Result(value, null);
    }

    static boolean isTimestamp(String value) {
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

    private static Result bad(LushaField field, String value, String why) {
        return new Result(null, field.key() + " \"" + shorten(value) + "\" " + why);
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
