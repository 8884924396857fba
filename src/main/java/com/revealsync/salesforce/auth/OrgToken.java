package com.revealsync.salesforce.auth;

/**
 * An access token and the org instance it is valid for. {@link #toString()} never shows the token.
 *
 * @param instanceUrl the org's base URL, e.g. {@code https://acme.my.salesforce.com}
 * @param accessToken the session id sent to the org
 */
public record OrgToken(String instanceUrl, String accessToken) {

    public OrgToken {
        if (instanceUrl == null || instanceUrl.isBlank()) {
            throw new IllegalArgumentException("an org token needs the instance URL");
        }
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("an org token needs the access token");
        }
        instanceUrl = instanceUrl.endsWith("/") ? instanceUrl.substring(0, instanceUrl.length() - 1) : instanceUrl;
    }

    @Override
    public String toString() {
        return "OrgToken[instanceUrl=" + instanceUrl + ", accessToken=****]";
    }
}
