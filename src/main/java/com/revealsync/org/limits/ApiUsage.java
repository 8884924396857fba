package com.revealsync.org.limits;

import com.revealsync.org.data.OrgFault;
import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The org's API usage: every call counted by kind over a rolling 24 hours. Calls of the limited
 * kinds (SOAP and Bulk) share one daily limit; past it a call is refused with Salesforce's
 * {@code REQUEST_LIMIT_EXCEEDED} fault and not counted. Thread-safe.
 */
public final class ApiUsage {

    /**
     * The default daily limit: 100,000 requests, the order of a production Enterprise org (a
     * Developer Edition has 15,000), so that large local runs are not cut off by default.
     */
    public static final long DEFAULT_DAILY_LIMIT = 100_000;

    public static final String REQUEST_LIMIT_EXCEEDED = "REQUEST_LIMIT_EXCEEDED";

    private final Map<ApiKind, RollingCounter> counters = new EnumMap<>(ApiKind.class);
    private final Clock clock;
    private volatile long dailyLimit;

    public ApiUsage(long dailyLimit, Clock clock) {
        setDailyLimit(dailyLimit);
        this.clock = clock;
        for (ApiKind kind : ApiKind.values()) {
            counters.put(kind, new RollingCounter());
        }
    }

    /**
     * Counts one call.
     *
     * @return the limited usage after this call (what {@code LimitInfoHeader} reports as current)
     * @throws OrgFault REQUEST_LIMIT_EXCEEDED when a limited call would pass the daily limit
     */
    public synchronized long count(ApiKind kind) {
        if (kind.limited() && usedLocked() >= dailyLimit) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, REQUEST_LIMIT_EXCEEDED, "TotalRequests Limit exceeded.");
        }
        counters.get(kind).add(clock.instant());
        return usedLocked();
    }

    /** Calls of the limited kinds in the last 24 hours. */
    public synchronized long used() {
        return usedLocked();
    }

    public long dailyLimit() {
        return dailyLimit;
    }

    /** Changes the limit at run time (tests, fault injection). */
    public void setDailyLimit(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("daily API limit must not be negative: " + limit);
        }
        this.dailyLimit = limit;
    }

    /** Calls per kind in the last 24 hours. */
    public synchronized Map<ApiKind, Long> byKind() {
        Map<ApiKind, Long> result = new EnumMap<>(ApiKind.class);
        counters.forEach((kind, counter) -> result.put(kind, counter.sum(clock.instant())));
        return Collections.unmodifiableMap(result);
    }

    private long usedLocked() {
        long total = 0;
        for (Map.Entry<ApiKind, RollingCounter> e : counters.entrySet()) {
            if (e.getKey().limited()) {
                total += e.getValue().sum(clock.instant());
            }
        }
        return total;
    }
}
