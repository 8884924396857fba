package com.revealsync.salesforce;

import com.revealsync.salesforce.bulk.BulkSettings;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.transport.ConnectionSettings;

/** How every gateway retries, times out and batches. */
public record GatewaySettings(RetrySettings retry, ConnectionSettings connection, BulkSettings bulk) {

    public static final GatewaySettings DEFAULTS =
            new GatewaySettings(RetrySettings.DEFAULTS, ConnectionSettings.DEFAULTS, BulkSettings.DEFAULTS);
}
