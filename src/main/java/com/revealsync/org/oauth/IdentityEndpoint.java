package com.revealsync.org.oauth;

import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.OrgContext;
import java.io.IOException;

/** The identity URL a token response names as {@code id}: {@code GET /id/{orgId}/{userId}}. */
public final class IdentityEndpoint implements Endpoint {

    private static final String PREFIX = "/id/";

    private final Identity identity;

    public IdentityEndpoint(OrgContext context) {
        this.identity = new Identity(context);
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        String[] parts = exchange.path().substring(PREFIX.length()).split("/");
        if (parts.length != 2) {
            OAuthEndpoint.sendJson(exchange, 404, "Bad_Id");
            return;
        }
        identity.identity(exchange, parts[0], parts[1]);
    }
}
