package com.revealsync.salesforce.retry;

import java.time.Duration;
import java.util.Optional;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The waits between attempts, from Spring's {@link ExponentialBackOff} (multiplier, cap, jitter).
 * Spring's {@code RetryTemplate} is not used because it sleeps with {@code Thread.sleep} directly
 * (tests could not run without really waiting) and because per-record retries resend only part of
 * a call.
 */
public final class Backoff {

    private final RetrySettings settings;

    public Backoff(RetrySettings settings) {
        this.settings = settings;
    }

    public RetrySettings settings() {
        return settings;
    }

    /** A fresh sequence of at most {@code maxAttempts - 1} waits. */
    public Waits start() {
        ExponentialBackOff backOff = new ExponentialBackOff(settings.initialDelay().toMillis(), settings.multiplier());
        backOff.setMaxInterval(settings.maxDelay().toMillis());
        backOff.setJitter(settings.jitter().toMillis());
        backOff.setMaxAttempts(settings.maxAttempts() - 1L);
        return new Waits(backOff.start());
    }

    /** One call's waits. */
    public static final class Waits {
        private final BackOffExecution execution;

        private Waits(BackOffExecution execution) {
            this.execution = execution;
        }

        /** The next wait, or empty when the attempts are used up. */
        public Optional<Duration> next() {
            long millis = execution.nextBackOff();
            return millis == BackOffExecution.STOP ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
        }
    }
}
