package com.revealsync.salesforce.transport;

import java.time.Duration;

/** HTTP timeouts of the WSC connections. */
public record ConnectionSettings(Duration connectTimeout, Duration readTimeout) {

    public static final ConnectionSettings DEFAULTS = new ConnectionSettings(Duration.ofSeconds(20), Duration.ofMinutes(2));

    public ConnectionSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("connection timeouts must be positive, got " + connectTimeout
                    + " and " + readTimeout);
        }
    }
}
