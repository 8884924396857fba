package com.revealsync.connection.oauth;

import com.revealsync.cli.UserError;
import com.revealsync.connection.SalesforceEnvironment;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Salesforce's OAuth 2.0 endpoints: {@code /services/oauth2/token} (authorization code with PKCE,
 * refresh token) and {@code /services/oauth2/revoke}. One attempt per call: whether and when to try
 * again is the caller's decision ({@link OAuthException#isTransient()}). Logs name the endpoint, the
 * grant and the status, never a request or response body.
 */
public class OAuthClient {

    private static final Logger log = LoggerFactory.getLogger(OAuthClient.class);

    private final OAuthSettings settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    public OAuthClient(OAuthSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Exchanges an authorization code (with its PKCE verifier) for tokens. */
    public TokenGrant exchangeCode(URI loginUrl, String code, URI redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri.toString());
        form.put("code_verifier", codeVerifier);
        return grant(loginUrl, form, new Redactor(code, codeVerifier, settings.clientSecret()));
    }

    /** The refresh-token grant; the answer holds a new refresh token only when Salesforce rotates them. */
    public TokenGrant refresh(URI loginUrl, String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return grant(loginUrl, form, new Redactor(refreshToken, settings.clientSecret()));
    }

    /** Revokes a token (a refresh token revokes the whole grant). */
    public void revoke(URI loginUrl, String token) {
        Redactor redactor = new Redactor(token, settings.clientSecret());
        HttpResponse<String> response = post(loginUrl, "/services/oauth2/revoke", Map.of("token", token), "revoke");
        if (response.statusCode() != 200) {
            throw refusal(loginUrl, "revocation", response, redactor);
        }
    }

    private TokenGrant grant(URI loginUrl, Map<String, String> form, Redactor redactor) {
        String grantType = form.get("grant_type");
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        HttpResponse<String> response = post(loginUrl, "/services/oauth2/token", form, grantType);
        if (response.statusCode() != 200) {
            throw refusal(loginUrl, grantType.replace('_', ' ') + " grant", response, redactor);
        }
        JsonNode body = parse(response.body(), loginUrl);
        String accessToken = body.path("access_token").asString("");
        String instanceUrl = body.path("instance_url").asString("");
        if (accessToken.isEmpty() || instanceUrl.isEmpty()) {
            throw new OAuthException("invalid_response", 200, "Salesforce at " + loginUrl
                    + " answered the " + grantType + " grant without an access_token or instance_url");
        }
        String refreshToken = body.path("refresh_token").asString("");
        String[] id = body.path("id").asString("").split("/");
        String orgId = id.length >= 2 ? id[id.length - 2] : null;
        String userId = id.length >= 2 ? id[id.length - 1] : null;
        return new TokenGrant(accessToken, refreshToken.isEmpty() ? null : refreshToken,
                safeInstanceUrl(instanceUrl, loginUrl, redactor), orgId, userId);
    }

    private HttpResponse<String> post(URI loginUrl, String path, Map<String, String> form, String what) {
        URI endpoint = URI.create(loginUrl + path);
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(settings.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            log.debug("POST {} ({}) -> HTTP {}", endpoint, what, response.statusCode());
            return response;
        } catch (IOException e) {
            log.debug("POST {} ({}) failed: {}", endpoint, what, e.toString());
            throw new OAuthException(OAuthException.UNREACHABLE, 0, "cannot reach Salesforce at " + endpoint + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthException(OAuthException.UNREACHABLE, 0, "interrupted while calling " + endpoint);
        }
    }

    private OAuthException refusal(URI loginUrl, String what, HttpResponse<String> response, Redactor redactor) {
        String error = "http_" + response.statusCode();
        String description = "HTTP " + response.statusCode();
        try {
            JsonNode body = json.readTree(response.body());
            error = body.path("error").asString(error);
            description = body.path("error_description").asString(description);
        } catch (JacksonException | IllegalArgumentException notJson) {
            // keep the HTTP status as the description: the body may be an HTML error page
        }
        String message = "Salesforce at " + loginUrl + " refused the " + what + ": " + redactor.clean(error)
                + " (" + redactor.clean(description) + ")" + hint(error);
        return new OAuthException(error, response.statusCode(), message);
    }

    private static String hint(String error) {
        return switch (error) {
            case "invalid_client", "invalid_client_id" -> ". Check reveal-sync.oauth.client-id and client-secret"
                    + " (REVEAL_SYNC_OAUTH_CLIENT_ID, REVEAL_SYNC_OAUTH_CLIENT_SECRET): they must be the connected app's";
            case "unsupported_grant_type" -> ". The connected app must allow this grant";
            default -> "";
        };
    }

    private JsonNode parse(String body, URI loginUrl) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new OAuthException("invalid_response", 200, "Salesforce at " + loginUrl + " answered with something"
                    + " that is not JSON: is " + loginUrl + " a Salesforce login URL?");
        }
    }

    private static URI safeInstanceUrl(String instanceUrl, URI loginUrl, Redactor redactor) {
        try {
            return SalesforceEnvironment.safeOrigin(instanceUrl, "the instance URL Salesforce returned");
        } catch (UserError e) {
            throw new OAuthException("unsafe_instance_url", 200, "Salesforce at " + loginUrl + ": "
                    + redactor.clean(e.getMessage()));
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
