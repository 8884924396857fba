package com.revealsync.connection;

/**
 * A connection's tokens, decrypted. {@link #toString()} masks both.
 *
 * @param accessToken null when none is stored (the next call renews first)
 */
public record StoredTokens(String refreshToken, String accessToken) {
    @Override
    public String toString() {
        return "StoredTokens[refreshToken=****, accessToken=" + (accessToken == null ? "none" : "****") + "]";
    }
}
