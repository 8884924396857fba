package com.revealsync.schedule;

import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the scheduler's job store match the schedule files. A trigger whose definition did not
 * change is left alone, so its state survives restarts: a fire missed while no node was running
 * is still due and runs once at start-up (misfire instruction "fire once now"). Several nodes may
 * do this at the same time: each registers in one transaction holding the cluster's trigger lock
 * ({@link ClusterLock}), so they take turns and the second finds what the first stored.
 */
public final class ScheduleRegistrar {

    static final String GROUP = "reveal-sync";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final ClusterLock lock;
    private final Clock clock;

    /** For a store of this process only (tests' in-memory schedulers). */
    public ScheduleRegistrar(Scheduler scheduler) {
        this(scheduler, ClusterLock.NONE, Clock.systemUTC());
    }

    /** {@code clock} sets when new triggers start (tests start them in the past to make a fire due). */
    ScheduleRegistrar(Scheduler scheduler, ClusterLock lock, Clock clock) {
        this.scheduler = scheduler;
        this.lock = lock;
        this.clock = clock;
    }

    public void register(List<Schedule> schedules) throws SchedulerException {
        lock.holding(() -> registerHoldingLock(schedules));
    }

    private void registerHoldingLock(List<Schedule> schedules) throws SchedulerException {
        Set<JobKey> jobs = new HashSet<>();
        Set<TriggerKey> triggers = new HashSet<>();
        for (Schedule schedule : schedules) {
            if (!schedule.enabled()) {
                continue;
            }
            JobKey job = JobKey.jobKey(schedule.job(), GROUP);
            jobs.add(job);
            triggers.add(TriggerKey.triggerKey(schedule.name(), GROUP));
            if (!scheduler.checkExists(job)) {
                scheduler.addJob(JobBuilder.newJob(QuartzScheduledJob.class).withIdentity(job).storeDurably()
                        .requestRecovery().withDescription("reveal-sync job " + schedule.job()).build(), false);
            }
            schedule(trigger(schedule, job));
        }
        for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
            if (!triggers.contains(key)) {
                scheduler.unscheduleJob(key);
                LOG.info("schedule {} removed (no file, or enabled: false)", key.getName());
            }
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!jobs.contains(key)) {
                scheduler.deleteJob(key);
            }
        }
    }

    private void schedule(CronTrigger wanted) throws SchedulerException {
        Trigger existing = scheduler.getTrigger(wanted.getKey());
        if (existing == null) {
            scheduler.scheduleJob(wanted);
            LOG.info("schedule {} added", wanted.getKey().getName());
            return;
        }
        if (!sameDefinition(existing, wanted)) {
            scheduler.rescheduleJob(wanted.getKey(), wanted);
            LOG.info("schedule {} changed: {} ({})", wanted.getKey().getName(), wanted.getCronExpression(),
                    wanted.getTimeZone().getID());
        }
    }

    /** The trigger of a schedule, starting now (by this registrar's clock). */
    private CronTrigger trigger(Schedule schedule, JobKey job) {
        JobDataMap data = new JobDataMap();
        data.put(QuartzScheduledJob.SCHEDULE, schedule.name());
        data.put(QuartzScheduledJob.JOB, schedule.job());
        schedule.parameters().forEach((key, value) -> data.put(QuartzScheduledJob.PARAMETER + key, value));
        return TriggerBuilder.newTrigger().withIdentity(schedule.name(), GROUP).forJob(job).usingJobData(data)
                .withDescription(schedule.source())
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .startAt(Date.from(clock.instant()))
                .build();
    }

    private static boolean sameDefinition(Trigger existing, CronTrigger wanted) {
        return existing instanceof CronTrigger cron
                && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getJobKey().equals(wanted.getJobKey())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction()
                && Objects.equals(cron.getJobDataMap().getWrappedMap(), wanted.getJobDataMap().getWrappedMap());
    }
}
