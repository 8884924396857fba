package com.revealsync.schedule;

import java.util.List;
import java.util.Map;

/**
 * A job that schedules can run, by name. Extension point: the pipeline's jobs are Spring beans
 * implementing this, e.g. {@code nightlySync} (parameters such as {@code input: inbox/}) and
 * {@code linkedinBackfill}; {@code errorReport} is {@link ErrorReportJob}. A job that returns a
 * {@link RunResult#runId()} gets that run's report written after it, into the reports folder.
 */
public interface ScheduledJob {

    /** The name schedules use in their {@code job} field. */
    String name();

    /** Runs the job to its end in the calling thread. Throwing is reported as a FAILED run. */
    RunResult run(Map<String, String> parameters);

    /** Problems with a schedule's parameters, each "parameters.NAME: what is wrong"; checked on load. */
    default List<String> checkParameters(Map<String, String> parameters) {
        return List.of();
    }
}
