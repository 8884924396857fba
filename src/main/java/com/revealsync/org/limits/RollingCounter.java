package com.revealsync.org.limits;

import java.time.Instant;

/**
 * Counts events over a rolling 24 hours in one-minute buckets: cheap to add to, and the window
 * moves smoothly enough for a daily limit. Not thread-safe; {@link ApiUsage} guards it.
 */
final class RollingCounter {

    private static final int BUCKETS = 24 * 60;

    private final long[] counts = new long[BUCKETS];
    private final long[] minutes = new long[BUCKETS];

    void add(Instant now) {
        long minute = minuteOf(now);
        int slot = (int) Math.floorMod(minute, (long) BUCKETS);
        if (minutes[slot] != minute) {
            minutes[slot] = minute;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    long sum(Instant now) {
        long current = minuteOf(now);
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] > 0 && current - minutes[i] < BUCKETS && minutes[i] <= current) {
                total += counts[i];
            }
        }
        return total;
    }

    private static long minuteOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60L);
    }
}
