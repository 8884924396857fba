package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.run.PipelineStages.Stage;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A run's time by stage is what was added since its start snapshot, by the summary's names, in stage order. */
class PipelineStagesTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final PipelineStages stages = new PipelineStages(now::get);

    @Test
    void aRunGetsTheTimeAddedSinceItsStart() {
        spend(Stage.EXPORT, 40); // an earlier run's
        Map<Stage, Long> before = stages.snapshot();

        spend(Stage.READ_ROWS, 7);
        spend(Stage.READ_ROWS, 3);
        spend(Stage.STORE_OUTCOMES, 12);

        assertThat(stages.since(before)).containsExactly(Map.entry("readRows", 10L), Map.entry("answerUnchanged", 0L),
                Map.entry("export", 0L), Map.entry("storeOutcomes", 12L));
        assertThat(stages.since(Map.of())).containsEntry("export", 40L).containsEntry("readRows", 10L);
    }

    /** A stage that takes {@code millis} by the test's clock. */
    private void spend(Stage stage, long millis) {
        long start = stages.start();
        now.addAndGet(millis * 1_000_000);
        stages.add(stage, start);
    }
}
