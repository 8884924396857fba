package com.revealsync.schedule;

import com.revealsync.report.ReportFiles;
import com.revealsync.report.ReportSelection;
import com.revealsync.report.ReportService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one execution of a schedule, by Quartz or by {@code schedules run}: records it in the
 * history, runs the job, and after a job that produced a run (a sync, a backfill) writes that
 * run's report into the reports folder and logs where.
 */
@Component
public class ScheduleExecution {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleExecution.class);

    private final ScheduledJobs jobs;
    private final ScheduleHistory history;
    private final ReportService reports;
    private final ScheduleProperties properties;

    public ScheduleExecution(ScheduledJobs jobs, ScheduleHistory history, ReportService reports,
                             ScheduleProperties properties) {
        this.jobs = jobs;
        this.history = history;
        this.reports = reports;
        this.properties = properties;
    }

    public RunResult execute(String schedule, String job, Map<String, String> parameters, ScheduleHistory.Kind kind,
                             Instant fireTime, String instanceId) {
        long id = history.started(schedule, job, kind, fireTime, instanceId);
        LOG.info("schedule {}: running job {} ({}, fire time {}, on {})", schedule, job, kind, fireTime, instanceId);
        RunResult result = jobs.run(job, parameters);
        if (result.runId() != null) {
            result = withRunReport(schedule, result);
        }
        history.finished(id, result);
        if (result.status() == RunResult.Status.FAILED) {
            LOG.error("schedule {}: job {} failed: {}", schedule, job, result.summary());
        } else {
            LOG.info("schedule {}: job {} {}: {}", schedule, job, result.status(), result.summary());
        }
        if (result.report() != null) {
            LOG.info("schedule {}: report written to {}", schedule, result.report().toAbsolutePath().normalize());
        }
        return result;
    }

    private RunResult withRunReport(String schedule, RunResult result) {
        Path folder = properties.reportsDir().resolve("run-" + result.runId());
        try {
            ReportFiles files = reports.write(new ReportSelection.Run(result.runId()), folder);
            return result.withReport(files.html());
        } catch (RuntimeException e) {
            LOG.error("schedule {}: the report of run {} could not be written to {}", schedule, result.runId(), folder, e);
            return result;
        }
    }
}
