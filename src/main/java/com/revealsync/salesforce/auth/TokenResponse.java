package com.revealsync.salesforce.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A successful answer of the token endpoint. {@link #toString()} never shows a token.
 *
 * @param refreshToken present when one was issued or rotated, else null
 * @param identityUrl the {@code id} URL ({@code .../id/{orgId}/{userId}}), may be null
 */
public record TokenResponse(String accessToken, String instanceUrl, String refreshToken, String identityUrl,
                            String issuedAt) {

    /** Salesforce's identity URL: {@code https://login.salesforce.com/id/{orgId}/{userId}}, 18-character ids. */
    private static final Pattern IDENTITY = Pattern.compile("https?://[^/]+(?:/[^/]+)*/id/([A-Za-z0-9]{18})/([A-Za-z0-9]{18})/?");

    /** The token, naming its org and user where the identity URL does. */
    public OrgToken orgToken() {
        Matcher ids = identityUrl == null ? null : IDENTITY.matcher(identityUrl);
        return ids != null && ids.matches() ? new OrgToken(instanceUrl, accessToken, ids.group(1), ids.group(2))
                : new OrgToken(instanceUrl, accessToken);
    }

    @Override
    public String toString() {
        return "TokenResponse[instanceUrl=" + instanceUrl + ", identityUrl=" + identityUrl + ", issuedAt=" + issuedAt
                + ", accessToken=****, refreshToken=" + (refreshToken == null ? "none" : "****") + "]";
    }
}
