package com.revealsync.salesforce;

import java.util.List;

/**
 * Salesforce refused a whole call (a SOAP fault or a Bulk API error): its exception code, message and,
 * where it gave them, the errors. Per-record refusals are not exceptions: they come back as failed
 * {@link WriteResult}s.
 */
public class SalesforceApiException extends SalesforceException {

    private final String code;
    private final String apiMessage;
    private final List<SalesforceError> errors;

    public SalesforceApiException(String operation, String code, String apiMessage, List<SalesforceError> errors) {
        super(operation + " failed: " + code + ": " + apiMessage);
        this.code = code;
        this.apiMessage = apiMessage;
        this.errors = List.copyOf(errors);
    }

    public SalesforceApiException(String operation, String code, String apiMessage) {
        this(operation, code, apiMessage, List.of(new SalesforceError(code, apiMessage)));
    }

    /** The exception code, e.g. {@code INVALID_FIELD}, {@code MALFORMED_QUERY}, {@code InvalidBatch}. */
    public String code() {
        return code;
    }

    public String apiMessage() {
        return apiMessage;
    }

    public List<SalesforceError> errors() {
        return errors;
    }
}
