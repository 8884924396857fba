package com.revealsync.org.oauth;

import com.revealsync.org.data.OrgUser;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import com.revealsync.org.session.Sessions;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a Bearer token belongs to: the identity URL ({@code /id/{orgId}/{userId}}) and OpenID
 * {@code /services/oauth2/userinfo}, a subset of Salesforce's fields.
 */
final class Identity {

    private final OrgContext context;

    Identity(OrgContext context) {
        this.context = context;
    }

    void userInfo(Exchange exchange) throws IOException {
        Optional<OrgUser> user = authorizedUser(exchange);
        if (user.isEmpty()) {
            return;
        }
        OrgUser u = user.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", identityUrl(u));
        body.put("user_id", u.id());
        body.put("organization_id", context.data().organizationId());
        body.put("preferred_username", u.username());
        body.put("nickname", u.username().substring(0, u.username().indexOf('@') < 0 ? u.username().length() : u.username().indexOf('@')));
        body.put("name", u.fullName());
        body.put("email", u.email());
        body.put("email_verified", true);
        body.put("zoneinfo", u.timeZone());
        body.put("locale", u.locale());
        body.put("language", u.language());
        body.put("user_type", "STANDARD");
        body.put("active", true);
        body.put("urls", urls(u));
        OAuthEndpoint.sendJson(exchange, 200, body);
    }

    /** {@code GET /id/{orgId}/{userId}}: the identity of the token's own user. */
    void identity(Exchange exchange, String orgId, String userId) throws IOException {
        Optional<OrgUser> user = authorizedUser(exchange);
        if (user.isEmpty()) {
            return;
        }
        OrgUser u = user.get();
        if (!u.id().equals(userId) || !context.data().organizationId().equals(orgId)) {
            OAuthEndpoint.sendJson(exchange, 403, "Bad_Id");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", identityUrl(u));
        body.put("asserted_user", true);
        body.put("user_id", u.id());
        body.put("organization_id", orgId);
        body.put("username", u.username());
        body.put("display_name", u.fullName());
        body.put("email", u.email());
        body.put("active", true);
        body.put("user_type", "STANDARD");
        body.put("language", u.language());
        body.put("locale", u.locale());
        body.put("timezone", u.timeZone());
        body.put("urls", urls(u));
        OAuthEndpoint.sendJson(exchange, 200, body);
    }

    private Optional<OrgUser> authorizedUser(Exchange exchange) throws IOException {
        Optional<Session> session = Sessions.bearerToken(exchange.header("Authorization").orElse(null))
                .flatMap(context.sessions()::find);
        Optional<OrgUser> user = session.flatMap(s -> context.data().userById(s.userId()));
        if (user.isEmpty()) {
            OAuthEndpoint.sendJson(exchange, 401, List.of(Map.of("message", "Session expired or invalid",
                    "errorCode", Sessions.INVALID_SESSION_ID)));
        }
        return user;
    }

    private String identityUrl(OrgUser user) {
        return context.baseUrl() + "/id/" + context.data().organizationId() + "/" + user.id();
    }

    private Map<String, String> urls(OrgUser user) {
        String orgId = context.data().organizationId();
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("enterprise", context.baseUrl() + "/services/Soap/c/{version}/" + orgId);
        urls.put("partner", context.baseUrl() + "/services/Soap/u/{version}/" + orgId);
        urls.put("rest", context.baseUrl() + "/services/data/v{version}/");
        urls.put("sobjects", context.baseUrl() + "/services/data/v{version}/sobjects/");
        urls.put("query", context.baseUrl() + "/services/data/v{version}/query/");
        urls.put("profile", context.baseUrl() + "/" + user.id());
        return urls;
    }
}
