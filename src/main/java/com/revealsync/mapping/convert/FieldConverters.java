package com.revealsync.mapping.convert;

import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One converter per Salesforce field type. Each checks a value the way Salesforce would and gives
 * the value to write: text types a String, int an Integer, double/currency/percent a BigDecimal
 * (rounded to the field's scale), boolean a Boolean, date a LocalDate, datetime an Instant,
 * reference and id a String.
 */
public final class FieldConverters {

    private FieldConverters() {
    }

    /** The converter for a field type; null for types nothing is ever written to (address, base64, ...). */
    public static ValueConverter forType(SalesforceFieldType type) {
        return switch (type) {
            case STRING, TEXTAREA, COMBOBOX -> FieldConverters::text;
            case EMAIL -> FieldConverters::email;
            case PHONE -> FieldConverters::phone;
            case URL -> FieldConverters::url;
            case PICKLIST, MULTIPICKLIST -> FieldConverters::picklist;
            case INT -> FieldConverters::integer;
            case DOUBLE, CURRENCY, PERCENT -> FieldConverters::decimal;
            case BOOLEAN -> FieldConverters::bool;
            case DATE -> FieldConverters::date;
            case DATETIME -> FieldConverters::dateTime;
            case REFERENCE, ID -> FieldConverters::id;
            case OTHER -> null;
        };
    }

    static Converted text(String value, FieldDescribe field) {
        return Messages.tooLong(value, field) ? Messages.tooLong(field, value) : Converted.ok(value);
    }

    static Converted email(String value, FieldDescribe field) {
        return Emails.isValid(value) ? text(value, field) : Messages.invalidEmail(field, value);
    }

    static Converted phone(String value, FieldDescribe field) {
        String phone = Phones.normalise(value);
        return phone == null ? Messages.notOfType(field, value) : text(phone, field);
    }

    static Converted url(String value, FieldDescribe field) {
        return Urls.isValid(value) ? text(value, field) : Messages.notOfType(field, value);
    }

    /** A restricted picklist takes only its own values (matched ignoring case, written in the org's spelling). */
    static Converted picklist(String value, FieldDescribe field) {
        if (!field.restrictedPicklist()) {
            return text(value, field);
        }
        if (field.type() == SalesforceFieldType.MULTIPICKLIST) {
            StringBuilder out = new StringBuilder();
            for (String part : value.split(";")) {
                String v = field.picklistValue(part.strip());
                if (v == null) {
                    return Messages.badPicklist(field, part.strip());
                }
                out.append(out.isEmpty() ? "" : ";").append(v);
            }
            return text(out.toString(), field);
        }
        String v = field.picklistValue(value);
        return v == null ? Messages.badPicklist(field, value) : text(v, field);
    }

    static Converted integer(String value, FieldDescribe field) {
        BigDecimal n = Numbers.parse(value);
        if (n == null) {
            return Messages.notOfType(field, value);
        }
        BigDecimal whole;
        try {
            whole = n.stripTrailingZeros().setScale(0, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException notWhole) {
            return Messages.notOfType(field, value);
        }
        int digits = field.digits() > 0 ? Math.min(field.digits(), 9) : 9;
        if (whole.abs().precision() > digits && whole.signum() != 0) {
            return Messages.outOfRange(field, value);
        }
        return Converted.ok(whole.intValueExact());
    }

    static Converted decimal(String value, FieldDescribe field) {
        BigDecimal n = Numbers.parse(value);
        if (n == null) {
            return Messages.notOfType(field, value);
        }
        int scale = Math.max(field.scale(), 0);
        BigDecimal rounded = n.setScale(scale, RoundingMode.HALF_UP);
        int integerDigits = rounded.precision() - rounded.scale();
        if (field.precision() > 0 && rounded.signum() != 0 && integerDigits > field.precision() - scale) {
            return Messages.outOfRange(field, value);
        }
        return Converted.ok(rounded);
    }

    static Converted bool(String value, FieldDescribe field) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Converted.ok(Boolean.TRUE);
            case "false", "no", "0" -> Converted.ok(Boolean.FALSE);
            default -> Messages.notOfType(field, value);
        };
    }

    static Converted date(String value, FieldDescribe field) {
        try {
            return Converted.ok(value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Messages.notOfType(field, value);
        }
    }

    static Converted dateTime(String value, FieldDescribe field) {
        try {
            return Converted.ok(value.length() == 10 ? LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : value.endsWith("Z") ? Instant.parse(value) : OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Messages.notOfType(field, value);
        }
    }

    /** A Salesforce id: 15 or 18 letters and digits. */
    static Converted id(String value, FieldDescribe field) {
        if (value.length() != 15 && value.length() != 18) {
            return Converted.refused(com.revealsync.mapping.ExportCode.FIELD_TYPE_MISMATCH,
                    field.label() + ": id value of incorrect type: " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c < 128 && Character.isLetterOrDigit(c))) {
                return Converted.refused(com.revealsync.mapping.ExportCode.FIELD_TYPE_MISMATCH,
                        field.label() + ": id value of incorrect type: " + value);
            }
        }
        return Converted.ok(value);
    }
}
