package com.revealsync.salesforce.retry;

import com.revealsync.salesforce.SalesforceError;
import java.util.List;

/**
 * A failed attempt, classified.
 *
 * @param code the org's exception code, or a description of the transport failure
 * @param message the org's message (never holds a secret)
 */
public record Fault(FaultKind kind, String code, String message, List<SalesforceError> errors, Throwable cause) {

    public Fault {
        errors = List.copyOf(errors);
    }

    public static Fault of(FaultKind kind, String code, String message, Throwable cause) {
        return new Fault(kind, code, message, List.of(new SalesforceError(code, message)), cause);
    }

    public boolean isTransient() {
        return kind == FaultKind.NOT_PROCESSED || kind == FaultKind.MAYBE_PROCESSED;
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
