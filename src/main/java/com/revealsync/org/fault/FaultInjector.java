package com.revealsync.org.fault;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, call by call and record by record, which faults strike under the current
 * {@link FaultSpec}, and counts those that did. The spec can be changed at any time (tests switch
 * faults on and off); each change restarts the seeded draws. Thread-safe.
 */
public final class FaultInjector {

    private volatile FaultSpec spec = FaultSpec.NONE;
    private volatile FaultDice dice = new FaultDice(0);
    private final Map<String, AtomicInteger> sessionCalls = new ConcurrentHashMap<>();
    private final Map<FaultKind, AtomicLong> injected = new EnumMap<>(FaultKind.class);

    public FaultInjector() {
        for (FaultKind kind : FaultKind.values()) {
            injected.put(kind, new AtomicLong());
        }
    }

    public FaultSpec spec() {
        return spec;
    }

    /** Switches to a new spec; draws restart from its seed and session call counts from zero. */
    public synchronized void set(FaultSpec newSpec) {
        dice = new FaultDice(newSpec.seed());
        sessionCalls.clear();
        spec = newSpec;
    }

    public Duration latency() {
        Duration latency = spec.latency();
        if (!latency.isZero()) {
            injected.get(FaultKind.LATENCY).incrementAndGet();
        }
        return latency;
    }

    public boolean http503() {
        return strike(FaultKind.HTTP_503, spec.http503());
    }

    public boolean reset() {
        return strike(FaultKind.RESET, spec.reset());
    }

    /** Whether the next record saved is refused with UNABLE_TO_LOCK_ROW. */
    public boolean lock() {
        return strike(FaultKind.LOCK, spec.lock());
    }

    /**
     * Counts one API call made with a session; true when the session has now served its
     * {@code expire-after} calls and must be ended before this call is answered.
     */
    public boolean sessionUsedUp(String token) {
        int limit = spec.expireAfter();
        if (limit <= 0 || token == null) {
            return false;
        }
        int calls = sessionCalls.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
        if (calls > limit) {
            sessionCalls.remove(token);
            injected.get(FaultKind.SESSION_EXPIRED).incrementAndGet();
            return true;
        }
        return false;
    }

    /** How many times each fault struck since the org started. */
    public Map<FaultKind, Long> injectedCounts() {
        Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
        injected.forEach((kind, n) -> counts.put(kind, n.get()));
        return counts;
    }

    private boolean strike(FaultKind kind, double share) {
        boolean hit = dice.roll(kind, share);
        if (hit) {
            injected.get(kind).incrementAndGet();
        }
        return hit;
    }
}
