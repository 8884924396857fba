package com.revealsync.sync;

import com.revealsync.lusha.InputRow;
import com.revealsync.run.PlannerStatistics;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

/** After each chunk, the app database's planner statistics of the tables the chunk grew ({@link PlannerStatistics}). */
final class StatisticsRefresh implements ChunkListener<InputRow, InputRow> {

    private final PlannerStatistics statistics;

    StatisticsRefresh(PlannerStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public void afterChunk(Chunk<InputRow> chunk) {
        statistics.refresh();
    }
}
