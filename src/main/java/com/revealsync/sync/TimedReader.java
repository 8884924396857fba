package com.revealsync.sync;

import com.revealsync.run.PipelineStages;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** A reader whose reads count as {@link PipelineStages.Stage#READ_ROWS}; its stream calls go to the reader as they come. */
final class TimedReader<T> implements ItemStreamReader<T> {

    private final ItemStreamReader<T> reader;
    private final PipelineStages stages;

    TimedReader(ItemStreamReader<T> reader, PipelineStages stages) {
        this.reader = reader;
        this.stages = stages;
    }

    @Override
    public T read() throws Exception {
        long start = stages.start();
        try {
            return reader.read();
        } finally {
            stages.add(PipelineStages.Stage.READ_ROWS, start);
        }
    }

    @Override
    public void open(ExecutionContext executionContext) {
        reader.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        reader.update(executionContext);
    }

    @Override
    public void close() {
        reader.close();
    }
}
