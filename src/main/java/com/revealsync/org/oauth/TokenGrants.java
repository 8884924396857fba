package com.revealsync.org.oauth;

import com.revealsync.org.data.OrgUser;
import com.revealsync.org.server.FormParameters;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import com.revealsync.org.session.UserAuthenticator;
import java.util.Map;
import java.util.Optional;

/**
 * The grants of {@code POST /services/oauth2/token}: password, refresh_token, client_credentials
 * and authorization_code (with PKCE). Every failure is an {@link OAuthException} worded as
 * Salesforce words it.
 *
 * <p>The client secret is required for the password and client_credentials grants; for the
 * authorization_code and refresh_token grants it may be left out (a public client using PKCE), but
 * a wrong one is refused.
 */
final class TokenGrants {

    /** The user client_credentials tokens run as ("Run As" of the connected app). */
    static final String CLIENT_CREDENTIALS_USER = "admin@reveal-sync.local";

    private final OrgContext context;
    private final RefreshTokenStore refreshTokens;
    private final AuthorizationCodes codes;
    private final OAuthClient client;
    private final boolean rotateRefreshTokens;
    private final UserAuthenticator users;
    private final TokenResponses responses;

    TokenGrants(OrgContext context, RefreshTokenStore refreshTokens, AuthorizationCodes codes,
                OAuthClient client, boolean rotateRefreshTokens) {
        this.context = context;
        this.refreshTokens = refreshTokens;
        this.codes = codes;
        this.client = client;
        this.rotateRefreshTokens = rotateRefreshTokens;
        this.users = new UserAuthenticator(context);
        this.responses = new TokenResponses(context, client);
    }

    Map<String, Object> grant(FormParameters params) {
        String grantType = params.get("grant_type").orElse("");
        return switch (grantType) {
            case "password" -> password(params);
            case "refresh_token" -> refreshToken(params);
            case "client_credentials" -> clientCredentials(params);
            case "authorization_code" -> authorizationCode(params);
            default -> throw new OAuthException(400, "unsupported_grant_type", "grant type not supported");
        };
    }

    private Map<String, Object> password(FormParameters params) {
        authenticateClient(params, true);
        OrgUser user = users.authenticate(params.get("username").orElse(null), params.get("password").orElse(null))
                .orElseThrow(() -> OAuthException.invalidGrant("authentication failure"));
        return responses.build(context.sessions().open(user), null);
    }

    private Map<String, Object> clientCredentials(FormParameters params) {
        authenticateClient(params, true);
        OrgUser user = context.data().userByUsername(CLIENT_CREDENTIALS_USER)
                .orElseThrow(() -> OAuthException.invalidGrant("no client credentials user enabled"));
        return responses.build(context.sessions().open(user), null);
    }

    private Map<String, Object> authorizationCode(FormParameters params) {
        authenticateClient(params, false);
        AuthorizationCode code = codes.redeem(params.get("code").orElse(null))
                .filter(c -> c.clientId().equals(client.clientId()))
                .orElseThrow(() -> OAuthException.invalidGrant("invalid authorization code"));
        if (!code.redirectUri().equals(params.get("redirect_uri").orElse(""))) {
            throw OAuthException.invalidGrant("redirect_uri must match configuration");
        }
        String verifier = params.get("code_verifier").orElse(null);
        boolean pkceOk = code.codeChallenge() == null
                ? verifier == null
                : Pkce.verifies(code.codeChallenge(), code.challengeMethod(), verifier);
        if (!pkceOk) {
            throw OAuthException.invalidGrant("invalid code verifier");
        }
        OrgUser user = context.data().userById(code.userId())
                .orElseThrow(() -> OAuthException.invalidGrant("invalid authorization code"));
        Session session = context.sessions().open(user);
        String refresh = refreshTokens.issue(new RefreshGrant(user.id(), client.clientId(), session.issuedAt()));
        return responses.build(session, refresh);
    }

    private Map<String, Object> refreshToken(FormParameters params) {
        authenticateClient(params, false);
        String token = params.get("refresh_token").orElse(null);
        RefreshGrant grant = refreshTokens.find(token)
                .filter(g -> g.clientId().equals(client.clientId()))
                .orElseThrow(OAuthException::expiredRefreshToken);
        OrgUser user = context.data().userById(grant.userId()).orElseThrow(OAuthException::expiredRefreshToken);
        Session session = context.sessions().open(user);
        String rotated = null;
        if (rotateRefreshTokens) {
            if (!refreshTokens.revoke(token)) {
                throw OAuthException.expiredRefreshToken();  // a concurrent refresh already rotated it
            }
            rotated = refreshTokens.issue(new RefreshGrant(user.id(), client.clientId(), session.issuedAt()));
        }
        return responses.build(session, rotated);
    }

    private void authenticateClient(FormParameters params, boolean secretRequired) {
        if (!client.clientId().equals(params.get("client_id").orElse(null))) {
            throw OAuthException.invalidClientId();
        }
        Optional<String> secret = params.get("client_secret");
        if (secret.isPresent() ? !client.secretMatches(secret.get()) : secretRequired) {
            throw OAuthException.invalidClient();
        }
    }
}
