package com.revealsync.salesforce.auth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service account as a connected app's run-as user, with the OAuth 2.0 client-credentials
 * grant (the login URL must then be the org's My Domain).
 */
public final class ClientCredentialsTokenSource extends GrantTokenSource {

    private final String clientId;
    private final String clientSecret;

    public ClientCredentialsTokenSource(URI loginUrl, String clientId, String clientSecret, OAuthTokenClient client) {
        super(loginUrl, client);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    Map<String, String> grant() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return form;
    }

    @Override
    String whatToCheck() {
        return "Check REVEAL_SYNC_SALESFORCE_CLIENT_ID and REVEAL_SYNC_SALESFORCE_CLIENT_SECRET, and that the"
                + " connected app has a run-as user for the client credentials flow";
    }

    @Override
    public String toString() {
        return "ClientCredentialsTokenSource[" + loginUrl() + "]";
    }
}
