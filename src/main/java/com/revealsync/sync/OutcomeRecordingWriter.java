package com.revealsync.sync;

import com.revealsync.run.OutcomeStore;
import com.revealsync.run.RowOutcome;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The part every pipeline writer shares: it learns its run (the job instance) when the step starts,
 * stores a chunk's outcomes in the chunk's transaction and reports them to the progress line, which
 * it closes when the step ends. Register the writer as the step's listener too.
 */
public abstract class OutcomeRecordingWriter<T> implements ItemWriter<T>, StepExecutionListener {

    private final OutcomeStore store;
    private final SyncProgress progress;
    private long runId;

    protected OutcomeRecordingWriter(OutcomeStore store, SyncProgress progress) {
        this.store = store;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstanceId();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.finish();
        return stepExecution.getExitStatus();
    }

    /** Stores the chunk's outcomes (one per item) and counts them as done. */
    protected final void record(List<RowOutcome> outcomes) {
        store.saveAll(runId, outcomes);
        progress.rowsDone(outcomes);
    }
}
