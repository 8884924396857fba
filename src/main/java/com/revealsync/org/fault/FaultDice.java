package com.revealsync.org.fault;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The random draws behind the faults: one seeded stream per kind, so that turning one fault on
 * does not change when another strikes, and the same seed repeats the same faults for the same
 * sequence of calls. Thread-safe.
 */
final class FaultDice {

    private final Map<FaultKind, SplittableRandom> streams = new EnumMap<>(FaultKind.class);

    FaultDice(long seed) {
        for (FaultKind kind : FaultKind.values()) {
            streams.put(kind, new SplittableRandom(seed * 31 + kind.ordinal() * 0x9E3779B97F4A7C15L));
        }
    }

    /** True with probability {@code share}; a share of 0 never draws, so it does not move the stream. */
    boolean roll(FaultKind kind, double share) {
        if (share <= 0) {
            return false;
        }
        SplittableRandom stream = streams.get(kind);
        synchronized (stream) {
            return stream.nextDouble() < share;
        }
    }
}
