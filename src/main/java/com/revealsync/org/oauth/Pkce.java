package com.revealsync.org.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** PKCE (RFC 7636): checks a {@code code_verifier} against the challenge of the authorize step. */
final class Pkce {

    private Pkce() {
    }

    /**
     * @param method {@code S256} (or {@code plain}, which Salesforce also accepts)
     * @return whether the verifier answers the challenge
     */
    static boolean verifies(String challenge, String method, String verifier) {
        if (verifier == null || verifier.length() < 43 || verifier.length() > 128) {
            return false;
        }
        String expected = "plain".equals(method) ? verifier : s256(verifier);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
