package com.revealsync.connection.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit AES key that encrypts stored tokens, and where it came from. {@link #id()} is a
 * fingerprint (an HMAC of a fixed label, revealing nothing of the key) stored beside each value,
 * so that a value encrypted with another key is told apart from a tampered one.
 *
 * @param source where the key came from, for messages: the environment variable or the file
 */
public record TokenKey(SecretKey secret, String source) {

    public static final int BYTES = 32;

    public static TokenKey of(byte[] material, String source) {
        if (material.length != BYTES) {
            throw new TokenStoreException("the token key from " + source + " is " + material.length
                    + " bytes long; it must be " + BYTES + " random bytes, base64-encoded (e.g. `openssl rand -base64 32`)");
        }
        return new TokenKey(new SecretKeySpec(material, "AES"), source);
    }

    /** A short public fingerprint of the key. */
    public String id() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal("reveal-sync token key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "TokenKey[id=" + id() + ", source=" + source + "]";
    }
}
