package com.revealsync.report;

/** One warning of a row (from {@code row_outcome.warnings_json}): the row went, without a value. */
public record Warning(String code, String field, String message) {
}
