package com.revealsync.salesforce.retry;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/** Waits between attempts; tests substitute one that only records the waits. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** Really waits; an interrupt ends the wait with a {@link CancellationException}, flag kept. */
    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting to call Salesforce again");
            }
        };
    }
}
