package com.revealsync.org.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Salesforce's batch allocation: at most 15,000 batches per rolling 24 hours. Thread-safe. */
final class BatchAllocation {

    static final int MAX_BATCHES = 15_000;
    private static final Duration WINDOW = Duration.ofHours(24);

    private final Clock clock;
    private final Deque<Instant> taken = new ArrayDeque<>();

    BatchAllocation(Clock clock) {
        this.clock = clock;
    }

    /** @throws BulkApiException ExceededQuota when the allocation is used up */
    synchronized void take() {
        Instant now = clock.instant();
        while (!taken.isEmpty() && !taken.peekFirst().isAfter(now.minus(WINDOW))) {
            taken.pollFirst();
        }
        if (taken.size() >= MAX_BATCHES) {
            throw BulkApiException.exceededQuota("Exceeded the batch allocation of " + MAX_BATCHES
                    + " batches per rolling 24 hours");
        }
        taken.addLast(now);
    }
}
