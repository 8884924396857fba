package com.revealsync.salesforce;

/**
 * Base of the few unchecked exceptions the Salesforce gateway throws. Messages name what failed and
 * never hold a secret (password, client secret, access or refresh token).
 */
public abstract class SalesforceException extends RuntimeException {

    protected SalesforceException(String message) {
        super(message);
    }

    protected SalesforceException(String message, Throwable cause) {
        super(message, cause);
    }
}
