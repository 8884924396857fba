package com.revealsync.org.data.value;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.PicklistValue;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.FieldType;
import com.revealsync.org.data.schema.OrgSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a field value sent as wire text (a SOAP element's text or a CSV cell) into its stored
 * type, checking it the way Salesforce does. This is the one path every API uses, so a value is
 * accepted or refused the same way whether it came by SOAP or by Bulk.
 *
 * <p>Stored types: String for text types and ids, Long for int, BigDecimal for double, currency
 * and percent, Boolean, LocalDate, Instant. Empty text means null.
 */
public final class ValueParser {

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    private final OrgSchema schema;

    public ValueParser(OrgSchema schema) {
        this.schema = schema;
    }

    public ParsedValue parse(FieldSchema field, FieldType type, String text) {
        return parse(field, type, text, false);
    }

    /** @param truncate cut text to the field's length instead of refusing it (AllowFieldTruncationHeader) */
    public ParsedValue parse(FieldSchema field, FieldType type, String text, boolean truncate) {
        boolean cut = truncate && type.isText() && text != null && text.length() > field.length();
        return read(field, type, cut ? text.substring(0, field.length()) : text);
    }

    private ParsedValue read(FieldSchema field, FieldType type, String text) {
        if (text == null || text.isEmpty()) {
            return ParsedValue.of(null);
        }
        return switch (type) {
            case STRING, TEXTAREA, PHONE, URL -> text(field, text);
            case EMAIL -> email(field, text);
            case PICKLIST -> picklist(field, text);
            case BOOLEAN -> bool(field, text);
            case INT -> integer(field, text);
            case DOUBLE, CURRENCY, PERCENT -> decimal(field, text);
            case DATE -> Temporals.date(text.strip()).map(ParsedValue::of).orElseGet(() -> notOfType(field, text));
            case DATETIME -> Temporals.datetime(text.strip()).map(ParsedValue::of).orElseGet(() -> notOfType(field, text));
            case ID, REFERENCE -> reference(field, text.strip());
        };
    }

    private static ParsedValue text(FieldSchema field, String text) {
        if (text.length() > field.length()) {
            return ParsedValue.failed(OrgErrors.stringTooLong(field, text));
        }
        return ParsedValue.of(text);
    }

    private static ParsedValue email(FieldSchema field, String text) {
        String email = text.strip();
        if (!EMAIL.matcher(email).matches()) {
            return ParsedValue.failed(OrgErrors.invalidEmail(field, text));
        }
        return text(field, email);
    }

    private static ParsedValue picklist(FieldSchema field, String text) {
        if (field.restrictedPicklist()) {
            Optional<String> match = field.picklistValues().stream().filter(PicklistValue::active)
                    .map(PicklistValue::value).filter(v -> v.equals(text)).findFirst();
            if (match.isEmpty()) {
                return ParsedValue.failed(OrgErrors.badRestrictedPicklist(field, text));
            }
        }
        return text(field, text);
    }

    private static ParsedValue bool(FieldSchema field, String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> ParsedValue.of(Boolean.TRUE);
            case "false", "0", "no" -> ParsedValue.of(Boolean.FALSE);
            default -> notOfType(field, text);
        };
    }

    private static ParsedValue integer(FieldSchema field, String text) {
        BigDecimal number = number(text);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            return notOfType(field, text);
        }
        BigDecimal limit = BigDecimal.TEN.pow(field.digits() > 0 ? field.digits() : 9);
        if (number.abs().compareTo(limit) >= 0 || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return ParsedValue.failed(OrgErrors.outOfRange(field, text));
        }
        return ParsedValue.of(number.longValueExact());
    }

    private static ParsedValue decimal(FieldSchema field, String text) {
        BigDecimal number = number(text);
        if (number == null) {
            return notOfType(field, text);
        }
        BigDecimal rounded = number.setScale(field.scale(), RoundingMode.HALF_UP);
        int integerDigits = rounded.precision() - rounded.scale();
        if (rounded.signum() != 0 && integerDigits > field.precision() - field.scale()) {
            return ParsedValue.failed(OrgErrors.outOfRange(field, text));
        }
        return ParsedValue.of(rounded);
    }

    private ParsedValue reference(FieldSchema field, String text) {
        Optional<String> id = SalesforceIds.normalize(text);
        if (id.isEmpty()) {
            return ParsedValue.failed(OrgErrors.malformedId(field, text));
        }
        List<String> targets = field.referenceTo();
        if (!targets.isEmpty()) {
            String prefix = SalesforceIds.keyPrefix(id.get());
            boolean known = schema.byKeyPrefix(prefix).isPresent();
            boolean fits = targets.stream().anyMatch(t -> schema.find(t).map(m -> m.keyPrefix().equals(prefix)).orElse(!known));
            if (!fits) {
                return ParsedValue.failed(OrgErrors.wrongIdType(field, text));
            }
        }
        return ParsedValue.of(id.get());
    }

    private static BigDecimal number(String text) {
        String t = text.strip();
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?")) {
            return null;
        }
        return new BigDecimal(t);
    }

    private static ParsedValue notOfType(FieldSchema field, String text) {
        return ParsedValue.failed(OrgErrors.notOfType(field, text));
    }
}
