package com.revealsync.salesforce.retry;

import java.time.Duration;

/**
 * Bounded exponential backoff: at most {@code maxAttempts} tries of a call (the first included),
 * waiting {@code initialDelay}, then each wait {@code multiplier} times the last, capped at
 * {@code maxDelay}, each moved randomly by up to {@code jitter} (scaled with the wait) so that many
 * clients do not retry in step.
 */
public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
                            Duration jitter) {

    public static final RetrySettings DEFAULTS = new RetrySettings(5, Duration.ofMillis(500), 2.0,
            Duration.ofSeconds(30), Duration.ofMillis(100));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1, got " + maxAttempts);
        }
        if (initialDelay.toMillis() < 1 || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("retry delays need 1 ms <= initial-delay <= max-delay, got "
                    + initialDelay + " and " + maxDelay);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("the retry multiplier must be at least 1, got " + multiplier);
        }
        if (jitter.isNegative()) {
            throw new IllegalArgumentException("the retry jitter cannot be negative, got " + jitter);
        }
    }
}
