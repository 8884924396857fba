package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.run.PipelineStages.Stage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run's time by stage is what was added since its start snapshot, by the summary's names, in stage order. */
class PipelineStagesTest {

    @Test
    void aRunGetsTheTimeAddedSinceItsStart() {
        PipelineStages stages = new PipelineStages();
        stages.add(Stage.EXPORT, stages.start() - 40_000_000); // an earlier run's 40 ms
        Map<Stage, Long> before = stages.snapshot();

        stages.add(Stage.READ_ROWS, stages.start() - 7_000_000);
        stages.add(Stage.READ_ROWS, stages.start() - 3_000_000);
        stages.add(Stage.STORE_OUTCOMES, stages.start() - 12_000_000);

        Map<String, Long> run = stages.since(before);
        assertThat(run.keySet()).containsExactly("readRows", "answerUnchanged", "export", "storeOutcomes");
        assertThat(run.get("readRows")).isBetween(10L, 11L);
        assertThat(run.get("storeOutcomes")).isBetween(12L, 13L);
        assertThat(run.get("export")).isZero();
        assertThat(run.get("answerUnchanged")).isZero();
    }
}
