package com.revealsync.org.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The embedded org's one connected app. Its credentials are public on purpose: the org listens on
 * loopback only and is never a real Salesforce.
 */
public record OAuthClient(String clientId, String clientSecret) {

    /** Client id {@code reveal-sync}, secret {@code reveal-sync-secret} (see product.md). */
    public static final OAuthClient LOCAL = new OAuthClient("reveal-sync", "reveal-sync-secret");

    public boolean secretMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                clientSecret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "OAuthClient[" + clientId + "]";
    }
}
