package com.revealsync.connection.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String TOKEN = "5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJ";
    private final TokenCipher cipher = new TokenCipher(key(1), new SecureRandom());

    @Test
    void roundTripsAndNeverStoresThePlaintext() {
        String stored = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.REFRESH_TOKEN);

        assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);
        assertThat(cipher.decrypt(stored, "rep@acme.com", TokenColumn.REFRESH_TOKEN)).isEqualTo(TOKEN);
    }

    @Test
    void usesAFreshIvForEveryValue() {
        String a = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.REFRESH_TOKEN);
        String b = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.REFRESH_TOKEN);

        assertThat(a).isNotEqualTo(b);
        byte[] ivA = java.util.Arrays.copyOf(Base64.getDecoder().decode(a.substring(3)), 12);
        byte[] ivB = java.util.Arrays.copyOf(Base64.getDecoder().decode(b.substring(3)), 12);
        assertThat(ivA).isNotEqualTo(ivB);
    }

    @Test
    void aValueMovedToAnotherUserIsRefusedNamingTheUser() {
        String stored = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.REFRESH_TOKEN);

        assertThatThrownBy(() -> cipher.decrypt(stored, "boss@acme.com", TokenColumn.REFRESH_TOKEN))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("refresh token of boss@acme.com fails its integrity check");
    }

    @Test
    void aValueMovedToAnotherColumnIsRefused() {
        String stored = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.ACCESS_TOKEN);

        assertThatThrownBy(() -> cipher.decrypt(stored, "rep@acme.com", TokenColumn.REFRESH_TOKEN))
                .isInstanceOf(TokenStoreException.class).hasMessageContaining("integrity check");
    }

    @Test
    void aFlippedBitIsRefused() {
        String stored = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.REFRESH_TOKEN);
        byte[] raw = Base64.getDecoder().decode(stored.substring(3));
        raw[raw.length - 20] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered, "rep@acme.com", TokenColumn.REFRESH_TOKEN))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("rep@acme.com").hasMessageContaining("altered");
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String stored = cipher.encrypt(TOKEN, "rep@acme.com", TokenColumn.REFRESH_TOKEN);
        TokenCipher other = new TokenCipher(key(2), new SecureRandom());

        assertThatThrownBy(() -> other.decrypt(stored, "rep@acme.com", TokenColumn.REFRESH_TOKEN))
                .isInstanceOf(TokenStoreException.class);
        assertThat(key(1).id()).isNotEqualTo(key(2).id()).hasSize(16);
    }

    @Test
    void malformedValuesAreRefusedClearly() {
        assertThatThrownBy(() -> cipher.decrypt("plain-token", "rep@acme.com", TokenColumn.ACCESS_TOKEN))
                .hasMessageContaining("access token of rep@acme.com is not in the expected encrypted form");
        assertThatThrownBy(() -> cipher.decrypt("v1:%%%", "rep@acme.com", TokenColumn.ACCESS_TOKEN))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA", "rep@acme.com", TokenColumn.ACCESS_TOKEN))
                .hasMessageContaining("too short");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefusedAndKeysNeverPrintTheirMaterial() {
        assertThatThrownBy(() -> TokenKey.of(new byte[16], "REVEAL_SYNC_TOKEN_KEY"))
                .isInstanceOf(TokenStoreException.class).hasMessageContaining("16 bytes long; it must be 32");
        assertThat(key(1).toString()).contains("id=").doesNotContain("AQEB");
    }

    static TokenKey key(int fill) {
        byte[] material = new byte[32];
        java.util.Arrays.fill(material, (byte) fill);
        return TokenKey.of(material, "test");
    }
}
