package com.revealsync.org.oauth;

import java.time.Instant;

/** What a refresh token stands for: a user's consent to a client, from when it was issued. */
public record RefreshGrant(String userId, String clientId, Instant issuedAt) {
}
