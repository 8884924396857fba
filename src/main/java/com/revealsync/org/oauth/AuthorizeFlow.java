package com.revealsync.org.oauth;

import com.revealsync.org.data.OrgUser;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.FormParameters;
import com.revealsync.org.session.UserAuthenticator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web-server flow's authorize step ({@code /services/oauth2/authorize}): GET shows the login and
 * approval form; POST with username, password and {@code approve=allow} redirects to
 * {@code redirect_uri?code=...&state=...}. The org's connected app accepts loopback redirect URIs
 * only (any port), as a desktop or CLI client uses.
 */
final class AuthorizeFlow {

    private static final String HTML = "text/html; charset=UTF-8";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final OAuthClient client;
    private final AuthorizationCodes codes;
    private final UserAuthenticator users;

    AuthorizeFlow(OAuthClient client, AuthorizationCodes codes, UserAuthenticator users) {
        this.client = client;
        this.codes = codes;
        this.users = users;
    }

    void handle(Exchange exchange, FormParameters params) throws IOException {
        Map<String, String> carried = new LinkedHashMap<>();
        for (String name : AuthorizePage.CARRIED) {
            params.get(name).ifPresent(v -> carried.put(name, v));
        }
        if (!client.clientId().equals(carried.get("client_id"))) {
            exchange.send(400, HTML, AuthorizePage.error("invalid_client_id", "client identifier invalid"));
            return;
        }
        String redirectUri = carried.get("redirect_uri");
        if (!isLoopback(redirectUri)) {
            exchange.send(400, HTML, AuthorizePage.error("redirect_uri_mismatch", "redirect_uri must match configuration"));
            return;
        }
        String state = carried.get("state");
        if (!"code".equals(carried.get("response_type"))) {
            redirect(exchange, redirectUri, Map.of("error", "unsupported_response_type",
                    "error_description", "response type not supported"), state);
            return;
        }
        String method = carried.getOrDefault("code_challenge_method", "S256");
        if (carried.containsKey("code_challenge") && !Set.of("S256", "plain").contains(method)) {
            redirect(exchange, redirectUri, Map.of("error", "invalid_request",
                    "error_description", "code challenge method not supported"), state);
            return;
        }
        if (exchange.method().equals("GET")) {
            exchange.send(200, HTML, AuthorizePage.form(carried, null, null));
            return;
        }
        decide(exchange, params, carried, method);
    }

    private void decide(Exchange exchange, FormParameters params, Map<String, String> carried, String method) throws IOException {
        String redirectUri = carried.get("redirect_uri");
        String state = carried.get("state");
        if (!"allow".equals(params.get("approve").orElse(""))) {
            redirect(exchange, redirectUri, Map.of("error", "access_denied",
                    "error_description", "end-user denied authorization"), state);
            return;
        }
        String username = params.get("username").orElse(null);
        Optional<OrgUser> user = users.authenticate(username, params.get("password").orElse(null));
        if (user.isEmpty()) {
            exchange.send(200, HTML, AuthorizePage.form(carried, username,
                    "Please check your username and password. If you still can't log in, contact your Salesforce administrator."));
            return;
        }
        String code = codes.issue(user.get().id(), client.clientId(), redirectUri, carried.get("code_challenge"), method);
        redirect(exchange, redirectUri, Map.of("code", code), state);
    }

    private static void redirect(Exchange exchange, String redirectUri, Map<String, String> values, String state) throws IOException {
        StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?');
        Map<String, String> all = new LinkedHashMap<>(values);
        if (state != null) {
            all.put("state", state);
        }
        String sep = "";
        for (Map.Entry<String, String> e : all.entrySet()) {
            location.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        exchange.setHeader("Location", location.toString());
        exchange.setHeader("Cache-Control", "no-store");
        exchange.send(302, HTML, AuthorizePage.redirecting(location.toString()));
    }

    static boolean isLoopback(String redirectUri) {
        if (redirectUri == null) {
            return false;
        }
        try {
            URI uri = new URI(redirectUri);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost()) && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
