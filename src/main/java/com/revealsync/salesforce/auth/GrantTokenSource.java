package com.revealsync.salesforce.auth;

import java.net.URI;
import java.util.Map;

/**
 * A token source that obtains its token with one grant, again on every renewal: the service
 * account's password or client-credentials grant (there is no refresh token to keep).
 */
abstract class GrantTokenSource implements TokenSource {

    private final URI loginUrl;
    private final OAuthTokenClient client;
    private OrgToken token;

    GrantTokenSource(URI loginUrl, OAuthTokenClient client) {
        this.loginUrl = loginUrl;
        this.client = client;
    }

    /** The grant's form parameters. */
    abstract Map<String, String> grant();

    /** What the admin should check when the org refuses the grant. */
    abstract String whatToCheck();

    @Override
    public synchronized OrgToken current() {
        return token != null ? token : renew();
    }

    @Override
    public synchronized OrgToken renew() {
        try {
            token = client.requestToken(loginUrl, grant()).orgToken();
            return token;
        } catch (OAuthException e) {
            token = null;
            if (e.error().equals("invalid_grant")) {
                throw new ReconnectRequiredException("Salesforce at " + loginUrl + " refused the service account: "
                        + e.getMessage() + ". " + whatToCheck());
            }
            throw new OAuthException(e.error(), "Salesforce at " + loginUrl + " refused the service account: "
                    + e.getMessage() + ". " + whatToCheck());
        }
    }

    URI loginUrl() {
        return loginUrl;
    }
}
