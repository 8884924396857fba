package com.revealsync.salesforce;

import com.revealsync.salesforce.bulk.BulkSettings;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.usage.ApiBudget;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How reveal-sync calls Salesforce ({@code reveal-sync.salesforce.api.*}). Every setting is optional;
 * the defaults live in {@link RetrySettings#DEFAULTS}, {@link ConnectionSettings#DEFAULTS},
 * {@link BulkSettings#DEFAULTS} and {@link #DEFAULT_BUDGET_SHARE}.
 *
 * @param retry retries of transient faults
 * @param bulk Bulk API batching and waiting
 * @param connectTimeout how long to wait for a connection to the org (default 20s)
 * @param readTimeout how long to wait for the org's answer (default 2m)
 * @param budgetShare the share of the org's daily API limit a run may reach before it stops (default 0.9)
 */
@ConfigurationProperties("reveal-sync.salesforce.api")
public record SalesforceApiProperties(Retry retry, Bulk bulk, Duration connectTimeout, Duration readTimeout,
                                      Double budgetShare) {

    public static final double DEFAULT_BUDGET_SHARE = 0.9;

    /**
     * @param maxAttempts tries of one call, the first included (default 5)
     * @param initialDelay the first wait (default 500ms)
     * @param multiplier each wait is this times the last (default 2)
     * @param maxDelay the longest wait (default 30s)
     * @param jitter random spread of the first wait, growing with the waits (default 100ms)
     */
    public record Retry(Integer maxAttempts, Duration initialDelay, Double multiplier, Duration maxDelay,
                        Duration jitter) {
    }

    /**
     * @param maxRecordsPerBatch records in one Bulk batch, at most 10000 (default 10000)
     * @param maxBytesPerBatch bytes in one Bulk batch, at most 10000000 (default 10000000)
     * @param pollInitialDelay the first wait for a job's batches (default 500ms)
     * @param pollMaxDelay the longest wait between two polls (default 10s)
     * @param jobTimeout how long to wait for a job (default 30m)
     */
    public record Bulk(Integer maxRecordsPerBatch, Long maxBytesPerBatch, Duration pollInitialDelay,
                       Duration pollMaxDelay, Duration jobTimeout) {
    }

    public GatewaySettings gatewaySettings() {
        RetrySettings r = RetrySettings.DEFAULTS;
        Retry retry = this.retry == null ? new Retry(null, null, null, null, null) : this.retry;
        RetrySettings retrySettings = new RetrySettings(or(retry.maxAttempts(), r.maxAttempts()),
                or(retry.initialDelay(), r.initialDelay()), or(retry.multiplier(), r.multiplier()),
                or(retry.maxDelay(), r.maxDelay()), or(retry.jitter(), r.jitter()));
        ConnectionSettings c = ConnectionSettings.DEFAULTS;
        ConnectionSettings connection = new ConnectionSettings(or(connectTimeout, c.connectTimeout()),
                or(readTimeout, c.readTimeout()));
        BulkSettings b = BulkSettings.DEFAULTS;
        Bulk bulk = this.bulk == null ? new Bulk(null, null, null, null, null) : this.bulk;
        BulkSettings bulkSettings = new BulkSettings(or(bulk.maxRecordsPerBatch(), b.maxRecordsPerBatch()),
                or(bulk.maxBytesPerBatch(), b.maxBytesPerBatch()), or(bulk.pollInitialDelay(), b.pollInitialDelay()),
                or(bulk.pollMaxDelay(), b.pollMaxDelay()), or(bulk.jobTimeout(), b.jobTimeout()));
        return new GatewaySettings(retrySettings, connection, bulkSettings);
    }

    public ApiBudget budget() {
        return new ApiBudget(or(budgetShare, DEFAULT_BUDGET_SHARE));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
