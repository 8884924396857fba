package com.revealsync.org.oauth;

import com.revealsync.org.limits.ApiKind;
import com.revealsync.org.server.BodyTooLargeException;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.FormParameters;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.UserAuthenticator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 under {@code /services/oauth2/}: {@code token}, {@code authorize}, {@code revoke} and
 * {@code userinfo}. Token calls are counted as {@link ApiKind#OAUTH}, not against the daily limit.
 */
public final class OAuthEndpoint implements Endpoint {

    static final String JSON = "application/json;charset=UTF-8";
    private static final long FORM_LIMIT = 64 * 1024;
    private static final String PREFIX = "/services/oauth2/";

    private final OrgContext context;
    private final RefreshTokenStore refreshTokens;
    private final TokenGrants grants;
    private final AuthorizeFlow authorize;
    private final Identity identity;

    public OAuthEndpoint(OrgContext context, RefreshTokenStore refreshTokens, boolean rotateRefreshTokens) {
        this.context = context;
        this.refreshTokens = refreshTokens;
        AuthorizationCodes codes = new AuthorizationCodes(context.clock());
        this.grants = new TokenGrants(context, refreshTokens, codes, OAuthClient.LOCAL, rotateRefreshTokens);
        this.authorize = new AuthorizeFlow(OAuthClient.LOCAL, codes, new UserAuthenticator(context));
        this.identity = new Identity(context);
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String action = exchange.path().substring(PREFIX.length());
        try {
            switch (action) {
                case "token" -> token(exchange);
                case "authorize" -> authorize.handle(exchange, parameters(exchange));
                case "revoke" -> revoke(exchange);
                case "userinfo" -> identity.userInfo(exchange);
                default -> throw new OAuthException(404, "not_found", "no such OAuth endpoint: " + action);
            }
        } catch (OAuthException e) {
            sendJson(exchange, e.status(), Map.of("error", e.error(), "error_description", e.description()));
        } catch (IllegalArgumentException e) {
            sendJson(exchange, 400, Map.of("error", "invalid_request", "error_description", e.getMessage()));
        } catch (BodyTooLargeException e) {
            sendJson(exchange, 413, Map.of("error", "invalid_request", "error_description", e.getMessage()));
        }
    }

    private void token(Exchange exchange) throws IOException {
        if (!exchange.method().equals("POST")) {
            throw new OAuthException(400, "invalid_request", "must use HTTP POST");
        }
        context.apiUsage().count(ApiKind.OAUTH);
        exchange.setHeader("Cache-Control", "no-cache,must-revalidate,max-age=0,no-store,private");
        sendJson(exchange, 200, grants.grant(withBasicAuth(exchange, parameters(exchange))));
    }

    private void revoke(Exchange exchange) throws IOException {
        String token = parameters(exchange).get("token")
                .orElseThrow(() -> new OAuthException(400, "unsupported_token_type", "this token type is not supported"));
        boolean revoked = refreshTokens.revoke(token) | context.sessions().invalidate(token);
        if (!revoked) {
            throw new OAuthException(400, "unsupported_token_type", "this token type is not supported");
        }
        exchange.send(200, JSON, new byte[0]);
    }

    /** Form parameters of the body (POST) and the query string, the body winning. */
    private static FormParameters parameters(Exchange exchange) throws IOException {
        FormParameters query = FormParameters.parse(exchange.rawQuery());
        if (!exchange.method().equals("POST")) {
            return query;
        }
        String body = new String(exchange.readBody(FORM_LIMIT), StandardCharsets.UTF_8);
        return FormParameters.parse(body).orElse(query);
    }

    /** Client credentials sent as HTTP Basic count as client_id and client_secret. */
    private static FormParameters withBasicAuth(Exchange exchange, FormParameters params) {
        String header = exchange.header("Authorization").orElse("");
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return params;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidClient();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthException.invalidClient();
        }
        Map<String, String> basic = new LinkedHashMap<>();
        basic.put("client_id", decoded.substring(0, colon));
        basic.put("client_secret", decoded.substring(colon + 1));
        return params.orElse(FormParameters.fromMap(basic));
    }

    static void sendJson(Exchange exchange, int status, Object body) throws IOException {
        exchange.send(status, JSON, JsonMapper.shared().writeValueAsBytes(body));
    }
}
