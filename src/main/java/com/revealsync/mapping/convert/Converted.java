package com.revealsync.mapping.convert;

import com.revealsync.mapping.ExportCode;

/**
 * The result of checking and converting one value for one Salesforce field: the value to write, or
 * the problem (a warning code such as FIELD_TYPE_MISMATCH, or a row-skipping code such as
 * STRING_TOO_LONG) with Salesforce's own wording.
 *
 * @param value String, Integer, BigDecimal, Boolean, LocalDate or Instant, by field type; null on a problem
 */
public record Converted(Object value, ExportCode problem, String message) {

    public static Converted ok(Object value) {
        return new Converted(value, null, null);
    }

    public static Converted refused(ExportCode problem, String message) {
        return new Converted(null, problem, message);
    }

    public boolean isOk() {
        return problem == null;
    }
}
