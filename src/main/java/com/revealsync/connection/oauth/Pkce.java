package com.revealsync.connection.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One sign-in's PKCE pair (RFC 7636, method S256) and its {@code state}. All random, 256 bits each.
 * {@link #toString()} reveals none of them.
 */
record Pkce(String verifier, String challenge, String state) {

    static Pkce random(SecureRandom random) {
        String verifier = randomToken(random);
        return new Pkce(verifier, challenge(verifier), randomToken(random));
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Compares a callback's state in constant time. */
    boolean stateMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private static String randomToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Pkce[S256]";
    }
}
