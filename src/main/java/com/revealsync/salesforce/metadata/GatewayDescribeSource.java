package com.revealsync.salesforce.metadata;

import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceGateway;
import java.util.Collection;

/**
 * Describes through a {@link SalesforceGateway} (which caches them for its lifetime): an object the
 * org refuses to describe becomes a {@link DescribeUnavailableException} with the org's reason.
 */
public final class GatewayDescribeSource implements DescribeSource {

    private final SalesforceGateway gateway;

    public GatewayDescribeSource(SalesforceGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public SObjectDescribe describe(String objectName) {
        try {
            return WscDescribes.toDescribe(gateway.describe(objectName));
        } catch (SalesforceApiException e) {
            throw new DescribeUnavailableException(objectName, e.code() + ": " + e.apiMessage(), e);
        }
    }

    /** One {@code describeSObjects} call for the objects the gateway has not described yet. */
    @Override
    public void prefetch(Collection<String> objectNames) {
        gateway.prefetchDescribes(objectNames);
    }
}
