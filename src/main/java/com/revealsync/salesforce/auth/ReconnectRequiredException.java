package com.revealsync.salesforce.auth;

/**
 * Salesforce refused to renew a connection for good (the refresh token was revoked or expired:
 * {@code invalid_grant}). The message is meant for the admin: who, and what to do. It never holds
 * a secret.
 */
public class ReconnectRequiredException extends RuntimeException {
    public ReconnectRequiredException(String message) {
        super(message);
    }
}
