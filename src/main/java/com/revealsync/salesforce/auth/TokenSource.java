package com.revealsync.salesforce.auth;

/**
 * Supplies the session one Salesforce connection calls with. Access tokens are never assumed to
 * last: callers use {@link #current()} until Salesforce answers {@code INVALID_SESSION_ID}, then
 * call {@link #renew()} once and retry.
 */
public interface TokenSource {

    /** The session to call with now (may have expired: Salesforce says so, nothing else does). */
    OrgToken current();

    /**
     * Gets a new session (e.g. the OAuth refresh-token grant) and returns it.
     *
     * @throws ReconnectRequiredException when Salesforce refuses the renewal for good
     *         ({@code invalid_grant}); the user must connect again
     */
    OrgToken renew();
}
