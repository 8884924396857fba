package com.revealsync.connection.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for stored tokens. Each value gets a fresh random 96-bit IV; the associated data
 * binds the ciphertext to its user and column, so a value copied to another row or column fails
 * its integrity check like a tampered one. Stored form: {@code v1:} + base64(IV || ciphertext+tag).
 */
public final class TokenCipher {

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final TokenKey key;
    private final SecureRandom random;

    public TokenCipher(TokenKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    public TokenKey key() {
        return key;
    }

    public String encrypt(String plaintext, String user, TokenColumn column) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(user, column));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    /** @throws TokenStoreException when the value is malformed or fails its integrity check */
    public String decrypt(String stored, String user, TokenColumn column) {
        String where = "the stored " + describe(column) + " of " + user;
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new TokenStoreException(where + " is not in the expected encrypted form (v1:...): the token store was altered");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new TokenStoreException(where + " is not valid base64: the token store was altered");
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new TokenStoreException(where + " is too short to be an encrypted value: the token store was altered");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(aad(user, column));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new TokenStoreException(where + " fails its integrity check: it was altered, or copied from another"
                    + " user or column. Nothing was changed; run `reveal-sync disconnect --user " + user
                    + " --force` then `reveal-sync connect --user " + user + "`");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable in this JVM", e);
        }
    }

    private static byte[] aad(String user, TokenColumn column) {
        return ("reveal-sync/token/v1\u0000" + user.toLowerCase(Locale.ROOT) + "\u0000" + column.name())
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String describe(TokenColumn column) {
        return column.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
