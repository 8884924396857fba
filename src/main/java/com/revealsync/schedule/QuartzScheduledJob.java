package com.revealsync.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/**
 * What Quartz runs when a schedule's trigger fires. One Quartz job per reveal-sync job name
 * ({@code nightlySync}, ...), one trigger per schedule: {@code @DisallowConcurrentExecution} then
 * keeps two runs of the same job from overlapping, across the whole cluster.
 */
@DisallowConcurrentExecution
public class QuartzScheduledJob implements Job {

    static final String SCHEDULE = "schedule";
    static final String JOB = "job";
    static final String PARAMETER = "param.";

    private final ScheduleExecution execution;

    public QuartzScheduledJob(ScheduleExecution execution) {
        this.execution = execution;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        Map<String, String> parameters = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (key.startsWith(PARAMETER)) {
                parameters.put(key.substring(PARAMETER.length()), String.valueOf(value));
            }
        });
        execution.execute(data.getString(SCHEDULE), data.getString(JOB), parameters, ScheduleHistory.Kind.SCHEDULED,
                context.getScheduledFireTime().toInstant(), instanceId(context));
    }

    private static String instanceId(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
