package com.revealsync.target;

/**
 * How reveal-sync reaches Salesforce ({@code reveal-sync.salesforce.mode}).
 */
public enum TargetMode {
    /** Service account when {@code reveal-sync.salesforce.url} is set, otherwise the embedded org. */
    AUTO,
    /** The embedded test org in {@code reveal-sync.embedded-org.data-dir}, started by the run. */
    EMBEDDED,
    /** One integration user for the whole team ({@code REVEAL_SYNC_SALESFORCE_*}). */
    SERVICE_ACCOUNT,
    /** Each Lusha user's own connection ({@code connect --user EMAIL}), as in Lusha's integration. */
    PER_USER
}
