package com.revealsync.mapping.convert;

import com.revealsync.mapping.ExportCode;
import com.revealsync.salesforce.metadata.FieldDescribe;

/** Salesforce's own message texts for the problems found before any call. */
final class Messages {

    private Messages() {
    }

    static Converted notOfType(FieldDescribe field, String value) {
        return Converted.refused(ExportCode.FIELD_TYPE_MISMATCH, field.label() + ": value not of required type: " + value);
    }

    static Converted invalidEmail(FieldDescribe field, String value) {
        return Converted.refused(ExportCode.FIELD_TYPE_MISMATCH, field.label() + ": invalid email address: " + value);
    }

    static Converted tooLong(FieldDescribe field, String value) {
        return Converted.refused(ExportCode.STRING_TOO_LONG,
                field.label() + ": data value too large: " + value + " (max length=" + field.length() + ")");
    }

    static Converted outOfRange(FieldDescribe field, String value) {
        return Converted.refused(ExportCode.NUMBER_OUTSIDE_VALID_RANGE,
                field.label() + ": value outside of valid range on numeric field: " + value);
    }

    static Converted badPicklist(FieldDescribe field, String value) {
        return Converted.refused(ExportCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST,
                field.label() + ": bad value for restricted picklist field: " + value);
    }

    /** Too long for the field? Salesforce counts characters (code points), not UTF-16 units. */
    static boolean tooLong(String value, FieldDescribe field) {
        int max = field.length();
        return max > 0 && value.length() > max && value.codePointCount(0, value.length()) > max;
    }
}
