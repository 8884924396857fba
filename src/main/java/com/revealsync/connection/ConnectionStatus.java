package com.revealsync.connection;

/** The state of a user's Salesforce connection. */
public enum ConnectionStatus {
    CONNECTED,
    /** Salesforce refused to renew it ({@code invalid_grant}): the user must run {@code reconnect}. */
    RECONNECT_REQUIRED
}
