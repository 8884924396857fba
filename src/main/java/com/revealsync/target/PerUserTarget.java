package com.revealsync.target;

import com.revealsync.connection.UserConnections;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceGateways;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each Lusha user's records go through that user's own connection, as in Lusha's integration. One
 * gateway per user per run, so a user whose refresh token was refused is refused for the rest of the
 * run without another call to Salesforce, while everyone else's records go on.
 */
final class PerUserTarget implements SalesforceTarget {

    private final UserConnections connections;
    private final SalesforceGateways gateways;
    private final String adminUser;
    private final Map<String, SalesforceGateway> byUser = new ConcurrentHashMap<>();

    PerUserTarget(UserConnections connections, SalesforceGateways gateways, String adminUser) {
        this.connections = connections;
        this.gateways = gateways;
        this.adminUser = adminUser;
    }

    @Override
    public String description() {
        return "each Lusha user's own Salesforce connection";
    }

    @Override
    public boolean embedded() {
        return false;
    }

    @Override
    public SalesforceGateway gatewayFor(String lushaUser) {
        // tokenSourceFor throws NotConnectedException before any gateway is made for an unknown user
        return byUser.computeIfAbsent(lushaUser.toLowerCase(java.util.Locale.ROOT),
                user -> gateways.forTokens(connections.tokenSourceFor(user)));
    }

    @Override
    public SalesforceGateway adminGateway() {
        if (adminUser == null) {
            throw new com.revealsync.cli.UserError("per-user mode needs reveal-sync.salesforce.admin-user"
                    + " (REVEAL_SYNC_SALESFORCE_ADMIN_USER): the connected user whose session reads the org's metadata");
        }
        return gatewayFor(adminUser);
    }

    @Override
    public void close() {
        // nothing of ours to stop: connections live in the app database
    }
}
