package com.revealsync.salesforce.auth;

/**
 * Where a gateway gets its session: the service account's token, or one Lusha user's connection.
 * Implementations are thread-safe.
 */
public interface TokenSource {

    /** The token to use now, obtained first if there is none yet. */
    OrgToken current();

    /**
     * A new token, because the org answered {@code INVALID_SESSION_ID} to the current one.
     *
     * @throws ReconnectRequiredException when the org refuses to issue one ({@code invalid_grant}):
     *     a person must reconnect; retrying will not help.
     */
    OrgToken renew();
}
