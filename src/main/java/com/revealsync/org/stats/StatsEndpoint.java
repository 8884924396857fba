package com.revealsync.org.stats;

import com.revealsync.org.fault.Faults;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.OrgContext;
import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /reveal-sync/org/stats}: the figures of the running org as JSON, for
 * {@code org stats --url}. Not a Salesforce API: it needs no session and is not counted.
 */
public final class StatsEndpoint implements Endpoint {

    public static final String PATH = "/reveal-sync/org/stats";

    private final OrgContext context;
    private final Faults faults;

    public StatsEndpoint(OrgContext context, Faults faults) {
        this.context = context;
        this.faults = faults;
    }

    @Override
    public String pathPrefix() {
        return PATH;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        if (!exchange.method().equals("GET")) {
            exchange.setHeader("Allow", "GET");
            exchange.send(405, "text/plain; charset=UTF-8", "Only GET is allowed on " + PATH + "\n");
            return;
        }
        exchange.send(200, "application/json; charset=UTF-8",
                JsonMapper.shared().writeValueAsString(OrgStats.of(context, faults)));
    }
}
