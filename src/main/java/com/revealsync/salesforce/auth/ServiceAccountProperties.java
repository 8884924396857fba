package com.revealsync.salesforce.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-account mode: one integration user for the whole team ({@code REVEAL_SYNC_SALESFORCE_*}).
 * Without {@code url} no service account is configured. With a username and password the password
 * grant is used, with neither the client-credentials grant. {@link #toString()} shows no secret.
 *
 * @param url the org's login URL: {@code https://login.salesforce.com}, {@code https://test.salesforce.com},
 *     a My Domain; plain http only on loopback (the embedded org)
 * @param username the integration user's Salesforce username
 * @param password the integration user's password, with the security token appended where required
 * @param clientId the connected app's consumer key
 * @param clientSecret the connected app's consumer secret
 */
@ConfigurationProperties("reveal-sync.salesforce")
public record ServiceAccountProperties(String url, String username, String password, String clientId,
                                       String clientSecret) {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public ServiceAccountProperties {
        url = blankToNull(url);
        username = blankToNull(username);
        password = blankToNull(password);
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        if (url == null) {
            if (username != null || clientId != null) {
                throw new IllegalArgumentException("reveal-sync.salesforce.url (REVEAL_SYNC_SALESFORCE_URL) is not set,"
                        + " but other service-account settings are: set the org's login URL too");
            }
        } else {
            loginUri(url);
            if (clientId == null || clientSecret == null) {
                throw new IllegalArgumentException("the service account needs reveal-sync.salesforce.client-id and"
                        + " client-secret (REVEAL_SYNC_SALESFORCE_CLIENT_ID, REVEAL_SYNC_SALESFORCE_CLIENT_SECRET)");
            }
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("the service account needs both reveal-sync.salesforce.username"
                        + " and password (REVEAL_SYNC_SALESFORCE_USERNAME, REVEAL_SYNC_SALESFORCE_PASSWORD), or neither"
                        + " for the client-credentials grant");
            }
        }
    }

    /** True when a service account is configured. */
    public boolean isConfigured() {
        return url != null;
    }

    /** The token source for the configured grant; empty when no service account is configured. */
    public Optional<TokenSource> tokenSource(OAuthTokenClient client) {
        if (!isConfigured()) {
            return Optional.empty();
        }
        URI login = loginUri(url);
        return Optional.of(username != null
                ? new PasswordGrantTokenSource(login, username, password, clientId, clientSecret, client)
                : new ClientCredentialsTokenSource(login, clientId, clientSecret, client));
    }

    private static URI loginUri(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("reveal-sync.salesforce.url is not a URL: " + url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http") && LOOPBACK.contains(host))) {
            throw new IllegalArgumentException("reveal-sync.salesforce.url must be an https URL"
                    + " (plain http only on this machine, for the embedded org): " + url);
        }
        return uri;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "ServiceAccountProperties[url=" + url + ", username=" + username + ", password="
                + (password == null ? "none" : "****") + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "****") + "]";
    }
}
