package com.revealsync.salesforce.auth;

/**
 * A successful answer of the token endpoint. {@link #toString()} never shows a token.
 *
 * @param refreshToken present when one was issued or rotated, else null
 * @param identityUrl the {@code id} URL ({@code .../id/{orgId}/{userId}}), may be null
 */
public record TokenResponse(String accessToken, String instanceUrl, String refreshToken, String identityUrl,
                            String issuedAt) {

    /**
     * The token, naming its org and user where the identity URL does: its last two segments, as
     * {@code connection.oauth.OAuthClient} reads a Lusha user's grant ({@link OrgToken} keeps them
     * only if they are Salesforce ids).
     */
    public OrgToken orgToken() {
        String[] id = identityUrl == null ? new String[0] : identityUrl.split("/");
        return id.length >= 2 ? new OrgToken(instanceUrl, accessToken, id[id.length - 2], id[id.length - 1])
                : new OrgToken(instanceUrl, accessToken);
    }

    @Override
    public String toString() {
        return "TokenResponse[instanceUrl=" + instanceUrl + ", identityUrl=" + identityUrl + ", issuedAt=" + issuedAt
                + ", accessToken=****, refreshToken=" + (refreshToken == null ? "none" : "****") + "]";
    }
}
