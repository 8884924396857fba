package com.revealsync.schedule;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which of our jobs a {@code serve} process of the cluster is running right now, read from
 * Quartz's fired-triggers table, so that {@code schedules run} does not start a second run of a
 * job beside a scheduled one.
 */
@Component
public class RunningJobs {

    private final JdbcTemplate jdbc;
    private final Scheduler scheduler;
    private final String table;

    public RunningJobs(DataSource dataSource, Scheduler scheduler, QuartzProperties properties) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.scheduler = scheduler;
        this.table = properties.getProperties().getOrDefault("org.quartz.jobStore.tablePrefix", "QRTZ_") + "FIRED_TRIGGERS";
    }

    /** The Quartz instance running {@code job} now, if one is. */
    public Optional<String> runningOn(String job) {
        try {
            List<String> instances = jdbc.queryForList("SELECT INSTANCE_NAME FROM " + table + " WHERE SCHED_NAME = ?"
                    + " AND JOB_NAME = ? AND JOB_GROUP = ? AND STATE = 'EXECUTING'", String.class,
                    scheduler.getSchedulerName(), job, ScheduleRegistrar.GROUP);
            return instances.stream().findFirst();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the scheduler's name", e);
        }
    }
}
