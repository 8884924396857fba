package com.revealsync.target;

import com.revealsync.salesforce.SalesforceGateway;

/**
 * The org a run talks to, and whose session each Lusha user's records go through. Opened once per
 * run by {@link TargetFactory}; closing it stops an embedded org the run started.
 */
public interface SalesforceTarget extends AutoCloseable {

    /** What the run talks to, for the console and the run record; never a secret. */
    String description();

    /** True for the embedded test org: every run against it says so. */
    boolean embedded();

    /**
     * The gateway for a Lusha user's records ({@code revealed_by}).
     *
     * @throws com.revealsync.connection.NotConnectedException when the user has no connection (per-user mode)
     * @throws com.revealsync.salesforce.auth.ReconnectRequiredException when the user must reconnect
     */
    SalesforceGateway gatewayFor(String lushaUser);

    /**
     * The gateway for calls that belong to no user (describes, Test Mapping, backfill lookups): the
     * service account, or in per-user mode the connection of {@code reveal-sync.salesforce.admin-user}.
     */
    SalesforceGateway adminGateway();

    @Override
    void close();
}
