package com.revealsync.target;

import com.revealsync.salesforce.SalesforceGateway;

/** Every user's records go through one session: the service account's, or the embedded org's admin. */
final class SingleGatewayTarget implements SalesforceTarget {

    private final String description;
    private final SalesforceGateway gateway;
    private final AutoCloseable onClose;
    private final boolean embedded;

    SingleGatewayTarget(String description, SalesforceGateway gateway, boolean embedded, AutoCloseable onClose) {
        this.description = description;
        this.gateway = gateway;
        this.embedded = embedded;
        this.onClose = onClose;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean embedded() {
        return embedded;
    }

    @Override
    public SalesforceGateway gatewayFor(String lushaUser) {
        return gateway;
    }

    @Override
    public SalesforceGateway adminGateway() {
        return gateway;
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop " + description + ": " + e.getMessage(), e);
        }
    }
}
