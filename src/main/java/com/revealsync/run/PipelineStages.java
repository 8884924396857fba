package com.revealsync.run;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * The wall time a sync spends in each stage of its step, summed over the process the way
 * {@code ApiCallCounter} sums calls: a run's figures are the difference between the snapshots taken
 * at its start and its end ({@link #since}), so two runs at once in one {@code serve} process share
 * their figures, as they share their call counts. A stage's time includes the waits for Salesforce
 * made inside it (a first run's are nearly all in {@link Stage#EXPORT}; a rerun's few in
 * {@link Stage#ANSWER_UNCHANGED}, which asks the org for its changes); what no stage covers (the input
 * check and the describes before the step, the chunks' commits, Spring Batch) is the run's
 * {@code durationMs} less the stages. Thread-safe.
 */
@Component
public class PipelineStages {

    /** The stages, by the names the summary gives them. */
    public enum Stage {
        /** Reading and checking rows ({@code RevealedContactReader}). */
        READ_ROWS("readRows"),
        /** Hashing rows and answering the unchanged ones from their fingerprints (and the org's changes). */
        ANSWER_UNCHANGED("answerUnchanged"),
        /** Lookups, mapping and writes of the other rows, with the waits for the org. */
        EXPORT("export"),
        /** Storing the outcomes, fingerprints and remembered exports of a chunk (before its commit). */
        STORE_OUTCOMES("storeOutcomes");

        private final String key;

        Stage(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongSupplier nanoTime;

    public PipelineStages() {
        this(System::nanoTime);
    }

    /** With the given nanosecond clock (tests). */
    PipelineStages(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    /** A start time for {@link #add}. */
    public long start() {
        return nanoTime.getAsLong();
    }

    /** Adds the time since {@code start} to the stage. */
    public void add(Stage stage, long start) {
        nanos.get(stage).add(nanoTime.getAsLong() - start);
    }

    /** Each stage's time so far, in nanoseconds, in stage order. */
    public Map<Stage, Long> snapshot() {
        Map<Stage, Long> now = new EnumMap<>(Stage.class);
        nanos.forEach((stage, sum) -> now.put(stage, sum.sum()));
        return now;
    }

    /** Each stage's time since {@code before} (a {@link #snapshot()}), in milliseconds, by name, in stage order. */
    public Map<String, Long> since(Map<Stage, Long> before) {
        Map<String, Long> millis = new LinkedHashMap<>();
        snapshot().forEach((stage, n) -> millis.put(stage.key(), (n - before.getOrDefault(stage, 0L)) / 1_000_000));
        return millis;
    }
}
