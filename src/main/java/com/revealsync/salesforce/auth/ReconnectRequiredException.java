package com.revealsync.salesforce.auth;

import com.revealsync.salesforce.SalesforceException;

/**
 * The org refused to issue a token ({@code invalid_grant}: a revoked or expired refresh token, a
 * changed password): a person must reconnect. The message tells the admin what to do and holds no
 * secret. Never retried.
 */
public class ReconnectRequiredException extends SalesforceException {

    public ReconnectRequiredException(String message) {
        super(message);
    }
}
