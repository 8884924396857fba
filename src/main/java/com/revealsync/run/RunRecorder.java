package com.revealsync.run;

import java.util.function.Supplier;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Records each run (and each restart of it) in {@code sync_run} as it starts. */
public final class RunRecorder implements JobExecutionListener {

    /** Job parameter naming the run whose rows a retry retries. */
    public static final String RETRY_OF = "retryOf";

    private final RunStore runs;
    private final Supplier<String> target;

    public RunRecorder(RunStore runs, Supplier<String> target) {
        this.runs = runs;
        this.target = target;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        String retryOf = execution.getJobParameters().getString(RETRY_OF);
        runs.started(execution.getJobInstanceId(), execution.getJobInstance().getJobName(), target.get(),
                execution.getJobParameters().toString(), retryOf == null || retryOf.isBlank() ? null : Long.valueOf(retryOf));
    }
}
