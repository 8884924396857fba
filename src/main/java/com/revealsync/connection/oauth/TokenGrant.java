package com.revealsync.connection.oauth;

import java.net.URI;

/**
 * A successful answer of the token endpoint. {@link #toString()} masks the tokens.
 *
 * @param refreshToken null when none was issued (a refresh without rotation)
 */
public record TokenGrant(String accessToken, String refreshToken, URI instanceUrl, String orgId, String userId) {
    @Override
    public String toString() {
        return "TokenGrant[instanceUrl=" + instanceUrl + ", orgId=" + orgId + ", userId=" + userId
                + ", accessToken=****, refreshToken=" + (refreshToken == null ? "none" : "****") + "]";
    }
}
