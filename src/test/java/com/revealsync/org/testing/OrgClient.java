package com.revealsync.org.testing;

import com.revealsync.org.EmbeddedOrg;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of an embedded org as the pipeline uses one: an OAuth token over plain HTTP, then the
 * real WSC {@link PartnerConnection} on {@code instance_url + /services/Soap/u/65.0}.
 */
public final class OrgClient {

    public static final String ADMIN = "admin@reveal-sync.local";
    public static final String PASSWORD = "reveal-sync";
    public static final String CLIENT_ID = "reveal-sync";
    public static final String CLIENT_SECRET = "reveal-sync-secret";

    private final EmbeddedOrg org;
    private final HttpClient http = HttpClient.newHttpClient();

    public OrgClient(EmbeddedOrg org) {
        this.org = org;
    }

    public HttpClient http() {
        return http;
    }

    /** POSTs a form to the token endpoint and returns status and parsed JSON. */
    public TokenAnswer token(Map<String, String> form) {
        HttpResponse<String> response = post("/services/oauth2/token", form);
        JsonNode json = response.body().isEmpty() ? null : JsonMapper.shared().readTree(response.body());
        return new TokenAnswer(response.statusCode(), json, response.body());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(org.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))).build();
        return send(request);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An access token of the password grant. */
    public String accessToken(String username) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("username", username);
        form.put("password", PASSWORD);
        TokenAnswer answer = token(form);
        if (answer.status() != 200) {
            throw new IllegalStateException("token request failed: " + answer.body());
        }
        return answer.json().get("access_token").asString();
    }

    /** Access and refresh tokens of the web-server flow with PKCE, completed headless. */
    public TokenAnswer authorizationCodeTokens(String username) {
        return new HeadlessAuthorize(org, this).tokens(username);
    }

    /** A refresh_token grant. */
    public TokenAnswer refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", CLIENT_ID);
        form.put("client_secret", CLIENT_SECRET);
        form.put("refresh_token", refreshToken);
        return token(form);
    }

    public ConnectorConfig config(String sessionId) {
        ConnectorConfig config = new ConnectorConfig();
        config.setServiceEndpoint(org.baseUrl() + "/services/Soap/u/65.0");
        config.setSessionId(sessionId);
        return config;
    }

    /** A WSC partner connection of the admin, authenticated with an OAuth access token. */
    public PartnerConnection partner() {
        return partner(accessToken(ADMIN));
    }

    public PartnerConnection partner(String sessionId) {
        try {
            return Connector.newConnection(config(sessionId));
        } catch (ConnectionException e) {
            throw new IllegalStateException(e);
        }
    }

    public record TokenAnswer(int status, JsonNode json, String body) {
        public String text(String field) {
            JsonNode node = json == null ? null : json.get(field);
            return node == null ? null : node.asString();
        }
    }
}
