package com.revealsync.salesforce.auth;

/**
 * What a Salesforce call needs: the org's instance URL and a session (OAuth access token).
 * {@link #toString()} masks the token so it can never reach a log line by accident.
 */
public record OrgToken(String instanceUrl, String accessToken) {
    @Override
    public String toString() {
        return "OrgToken[instanceUrl=" + instanceUrl + ", accessToken=****]";
    }
}
