package com.revealsync.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What {@code generate} wrote.
 *
 * @param rows         the rows written (the header not counted)
 * @param bad          the messy rows written, by kind
 * @param elapsedNanos the time it took
 */
public record GenerateResult(long rows, Map<BadRowKind, Long> bad, long elapsedNanos) {

    public GenerateResult {
        EnumMap<BadRowKind, Long> copy = new EnumMap<>(BadRowKind.class);
        copy.putAll(bad);
        bad = Collections.unmodifiableMap(copy);
    }

    public long badRows() {
        return bad.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The rows the input reader will report as row problems. */
    public long rowProblems() {
        return bad.entrySet().stream().filter(e -> e.getKey().rowProblem()).mapToLong(Map.Entry::getValue).sum();
    }

    public double rowsPerSecond() {
        return elapsedNanos == 0 ? 0 : rows * 1e9 / elapsedNanos;
    }
}
