package com.revealsync.run;

import java.util.Map;
import java.util.Objects;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts a job, or restarts its last run when that run did not complete with the same settings:
 * the same command after a crash, a kill or a stop (API budget) resumes from the last committed
 * chunk, as product.md asks. A run killed with {@code kill -9} is still marked STARTED in the job
 * repository; holding the {@link RunLock} proves no process is running it, so it is recovered
 * (marked FAILED) and restarted.
 */
public class RunLauncher {

    /** The job parameter that makes each fresh start a new run. */
    public static final String RUN_STARTED = "run.started";

    private final JobOperator operator;
    private final JobRepository repository;
    private final RunLock lock;

    public RunLauncher(JobOperator operator, JobRepository repository, RunLock lock) {
        this.operator = operator;
        this.repository = repository;
        this.lock = lock;
    }

    /**
     * Runs {@code job} with the given identifying settings to its end (the call blocks).
     *
     * @param settings what makes two runs "the same command": input, mapping, API mode...
     */
    public JobExecution run(Job job, Map<String, String> settings) throws Exception {
        try (RunLock.Held held = lock.acquire(job.getName())) {
            JobExecution unfinished = unfinishedRun(job, settings);
            if (unfinished != null) {
                if (unfinished.getStatus().isRunning()) {
                    unfinished = operator.recover(unfinished);
                }
                return operator.restart(unfinished);
            }
            JobParametersBuilder params = new JobParametersBuilder();
            settings.forEach((k, v) -> params.addString(k, v == null ? "" : v));
            params.addLong(RUN_STARTED, System.currentTimeMillis());
            return operator.start(job, params.toJobParameters());
        }
    }

    private JobExecution unfinishedRun(Job job, Map<String, String> settings) {
        if (!job.isRestartable()) {
            return null;
        }
        JobInstance last = repository.getLastJobInstance(job.getName());
        if (last == null) {
            return null;
        }
        JobExecution execution = repository.getLastJobExecution(last);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
                || execution.getStatus() == BatchStatus.ABANDONED
                || !sameSettings(execution.getJobParameters(), settings)) {
            return null;
        }
        return execution;
    }

    private static boolean sameSettings(JobParameters params, Map<String, String> settings) {
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String expected = e.getValue() == null ? "" : e.getValue();
            if (!Objects.equals(params.getString(e.getKey()), expected)) {
                return false;
            }
        }
        return true;
    }
}
