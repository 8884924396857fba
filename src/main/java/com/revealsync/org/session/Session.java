package com.revealsync.org.session;

import java.time.Instant;

/**
 * A live API session: an access token (used as the SOAP {@code sessionId} and as a Bearer token)
 * with the user it belongs to and its absolute expiry. {@link #toString()} never shows the token.
 */
public record Session(String token, String userId, String username, Instant issuedAt, Instant expiresAt) {

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "Session[" + username + ", expires " + expiresAt + "]";
    }
}
