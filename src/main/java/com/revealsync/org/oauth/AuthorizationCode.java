package com.revealsync.org.oauth;

import java.time.Instant;

/**
 * An authorization code waiting to be exchanged at the token endpoint: whose it is, for which
 * client and redirect URI, and the PKCE challenge (null when the client sent none).
 */
record AuthorizationCode(String userId, String clientId, String redirectUri, String codeChallenge,
                         String challengeMethod, Instant expiresAt) {

    @Override
    public String toString() {
        return "AuthorizationCode[" + userId + ", " + clientId + "]";
    }
}
