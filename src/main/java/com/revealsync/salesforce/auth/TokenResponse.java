package com.revealsync.salesforce.auth;

/**
 * A successful answer of the token endpoint. {@link #toString()} never shows a token.
 *
 * @param refreshToken present when one was issued or rotated, else null
 * @param identityUrl the {@code id} URL ({@code .../id/{orgId}/{userId}}), may be null
 */
public record TokenResponse(String accessToken, String instanceUrl, String refreshToken, String identityUrl,
                            String issuedAt) {

    public OrgToken orgToken() {
        return new OrgToken(instanceUrl, accessToken);
    }

    @Override
    public String toString() {
        return "TokenResponse[instanceUrl=" + instanceUrl + ", identityUrl=" + identityUrl + ", issuedAt=" + issuedAt
                + ", accessToken=****, refreshToken=" + (refreshToken == null ? "none" : "****") + "]";
    }
}
