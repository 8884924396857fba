package com.revealsync.salesforce.auth;

import java.util.regex.Pattern;

/**
 * An access token and the org instance it is valid for. {@link #toString()} never shows the token.
 *
 * @param instanceUrl the org's base URL, e.g. {@code https://acme.my.salesforce.com}
 * @param accessToken the session id sent to the org
 * @param orgId the org's id, as the token's grant named it (its identity URL, or the stored
 *     connection's); null when it did not, and then {@code getUserInfo} tells it. Kept only where
 *     both ids are 18-character Salesforce ids, as {@code getUserInfo} gives them (change detection
 *     keys its memory by them): anything else is taken as not named
 * @param userId the user's id, with {@code orgId}; null when it is
 */
public record OrgToken(String instanceUrl, String accessToken, String orgId, String userId) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{18}");

    /** A token whose org and user are not known from its grant. */
    public OrgToken(String instanceUrl, String accessToken) {
        this(instanceUrl, accessToken, null, null);
    }

    public OrgToken {
        if (instanceUrl == null || instanceUrl.isBlank()) {
            throw new IllegalArgumentException("an org token needs the instance URL");
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("an org token needs the access token");
        }
        if (!isId(orgId) || !isId(userId)) {
            orgId = null;
            userId = null;
        }
        instanceUrl = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
    }

    private static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    @Override
    public String toString() {
        return "OrgToken[instanceUrl=" + instanceUrl + ", orgId=" + orgId + ", userId=" + userId + ", accessToken=****]";
    }
}
