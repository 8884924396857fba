package com.revealsync.salesforce.retry;

/** Renews the session of a connection, when the org says it expired. */
@FunctionalInterface
public interface SessionHook {

    /** Gets a new session; throws ReconnectRequiredException when the org refuses. */
    void renew();

    /** For transports that have no session (the OAuth endpoint). */
    SessionHook NONE = () -> {
        throw new IllegalStateException("this transport has no session to renew");
    };
}
