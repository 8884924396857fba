package com.revealsync.salesforce.auth;

import com.revealsync.salesforce.retry.Backoff;
import com.revealsync.salesforce.retry.CallSpec;
import com.revealsync.salesforce.retry.Fault;
import com.revealsync.salesforce.retry.FaultKind;
import com.revealsync.salesforce.retry.Retrier;
import com.revealsync.salesforce.retry.SessionHook;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.transport.IoFaults;
import com.revealsync.salesforce.transport.TransportFailure;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a grant to an org's OAuth 2.0 token endpoint ({@code POST {base}/services/oauth2/token},
 * form-encoded) and reads the JSON answer. Transient faults (I/O, 5xx) are retried with backoff
 * and counted as OAUTH calls; a refusal becomes an {@link OAuthException} with Salesforce's
 * {@code error} and {@code error_description} and nothing of the request (it holds secrets).
 */
public final class OAuthTokenClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Duration timeout;
    private final Retrier retrier;

    public OAuthTokenClient(HttpClient http, Duration timeout, Backoff backoff, Sleeper sleeper, Clock clock,
                            ApiCallCounter counter) {
        this.http = http;
        this.timeout = timeout;
        this.retrier = new Retrier(ApiCallKind.OAUTH, backoff, sleeper, clock, OAuthTokenClient::classify,
                SessionHook.NONE, counter);
    }

    /**
     * @param base the login host or My Domain, e.g. {@code https://login.salesforce.com}
     * @param form the grant's parameters ({@code grant_type}, {@code client_id}, ...)
     * @throws OAuthException when the endpoint refuses the grant or answers something unreadable
     */
    public TokenResponse requestToken(URI base, Map<String, String> form) {
        URI endpoint = URI.create(stripSlash(base.toString()) + "/services/oauth2/token");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        String grant = form.getOrDefault("grant_type", "?");
        return retrier.call(CallSpec.read("token " + grant, ""), () -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new TransportFailure(new java.io.IOException("token endpoint answered HTTP "
                        + response.statusCode()), response.statusCode(), false);
            }
            return read(response);
        });
    }

    private static TokenResponse read(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new OAuthException("invalid_response", "the token endpoint answered HTTP " + response.statusCode()
                    + " with a body that is not JSON");
        }
        if (response.statusCode() != 200) {
            String error = body.path("error").asString("unknown_error");
            String description = body.path("error_description").asString("");
            throw new OAuthException(error, "the token endpoint refused the request: " + error
                    + (description.isEmpty() ? "" : " (" + description + ")"));
        }
        String accessToken = body.path("access_token").asString("");
        String instanceUrl = body.path("instance_url").asString("");
        if (accessToken.isEmpty() || instanceUrl.isEmpty()) {
            throw new OAuthException("invalid_response", "the token endpoint's answer has no access_token or instance_url");
        }
        return new TokenResponse(accessToken, instanceUrl, textOrNull(body, "refresh_token"), textOrNull(body, "id"),
                textOrNull(body, "issued_at"));
    }

    private static Fault classify(Throwable failure) {
        if (failure instanceof TransportFailure tf) {
            return IoFaults.httpStatus(tf.httpStatus(), failure).orElseThrow();
        }
        return IoFaults.ioFault(failure)
                .orElse(Fault.of(FaultKind.PROPAGATE, "ERROR", String.valueOf(failure.getMessage()), failure));
    }

    private static String textOrNull(JsonNode body, String field) {
        return body.hasNonNull(field) ? body.path(field).asString() : null;
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
