package com.revealsync.org.oauth;

import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the token endpoint's success body in Salesforce's shape and key order: access_token,
 * refresh_token (only when one is issued), signature, scope, instance_url, id, token_type,
 * issued_at. There is no {@code expires_in}: clients learn of expiry from INVALID_SESSION_ID.
 */
final class TokenResponses {

    private final OrgContext context;
    private final OAuthClient client;

    TokenResponses(OrgContext context, OAuthClient client) {
        this.context = context;
        this.client = client;
    }

    Map<String, Object> build(Session session, String refreshToken) {
        String id = identityUrl(session.userId());
        String issuedAt = Long.toString(session.issuedAt().toEpochMilli());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", session.token());
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        body.put("signature", signature(id, issuedAt));
        body.put("scope", refreshToken != null ? "refresh_token api" : "api");
        body.put("instance_url", context.baseUrl());
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        return body;
    }

    /** The identity URL of a user: {@code {instance}/id/{orgId}/{userId}}. */
    String identityUrl(String userId) {
        return context.baseUrl() + "/id/" + context.data().organizationId() + "/" + userId;
    }

    /** Base64 of HMAC-SHA256(id + issued_at) keyed with the client secret, as Salesforce signs. */
    private String signature(String id, String issuedAt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(client.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((id + issuedAt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 missing from the JDK", e);
        }
    }
}
