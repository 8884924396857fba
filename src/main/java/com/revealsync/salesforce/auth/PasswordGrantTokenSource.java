package com.revealsync.salesforce.auth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service account signing in with the OAuth 2.0 username-password grant. */
public final class PasswordGrantTokenSource extends GrantTokenSource {

    private final String username;
    private final String password;
    private final String clientId;
    private final String clientSecret;

    public PasswordGrantTokenSource(URI loginUrl, String username, String password, String clientId,
                                    String clientSecret, OAuthTokenClient client) {
        super(loginUrl, client);
        this.username = username;
        this.password = password;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    Map<String, String> grant() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("username", username);
        form.put("password", password);
        return form;
    }

    @Override
    String whatToCheck() {
        return "Check REVEAL_SYNC_SALESFORCE_USERNAME, REVEAL_SYNC_SALESFORCE_PASSWORD (with the security token"
                + " appended where the org requires one), REVEAL_SYNC_SALESFORCE_CLIENT_ID and _CLIENT_SECRET";
    }

    @Override
    public String toString() {
        return "PasswordGrantTokenSource[" + loginUrl() + ", user " + username + "]";
    }
}
