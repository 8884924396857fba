package com.revealsync.salesforce.auth;

import com.revealsync.salesforce.SalesforceException;

/**
 * The OAuth token endpoint refused a request for another reason than {@code invalid_grant}
 * ({@code invalid_client}, {@code unsupported_grant_type}, ...) or answered something unreadable.
 * Carries Salesforce's error code and description, never the request's secrets.
 */
public class OAuthException extends SalesforceException {

    private final String error;

    public OAuthException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** The OAuth {@code error} code, e.g. {@code invalid_client}. */
    public String error() {
        return error;
    }
}
