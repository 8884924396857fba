package com.revealsync.salesforce;

import java.util.List;

/**
 * One error as Salesforce reports it: a status code ({@code REQUIRED_FIELD_MISSING}), its message
 * and the fields it concerns (possibly none).
 */
public record SalesforceError(String statusCode, String message, List<String> fields) {

    public SalesforceError {
        statusCode = statusCode == null || statusCode.isBlank() ? "UNKNOWN_EXCEPTION" : statusCode;
        message = message == null ? "" : message;
        fields = List.copyOf(fields);
    }

    public SalesforceError(String statusCode, String message) {
        this(statusCode, message, List.of());
    }

    @Override
    public String toString() {
        return statusCode + ": " + message + (fields.isEmpty() ? "" : " " + fields);
    }
}
