package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * Two serve processes starting at once on one database: both find no job and no trigger, both
 * insert, and the JDBC store refuses the second insert with a duplicate key (not Quartz's
 * ObjectAlreadyExistsException). The registrar that loses takes what the other stored.
 */
class RegistrationRaceTest {

    private final Scheduler store = ramScheduler();

    @AfterEach
    void shutDown() throws SchedulerException {
        store.shutdown();
    }

    @Test
    void theProcessThatLosesTheInsertsKeepsWhatTheOtherStored() throws Exception {
        Schedule schedule = new Schedule("nightly", "errorReport", "0 0 7 ? * MON", ZoneOffset.UTC, Map.of(), true, "t");

        new ScheduleRegistrar(otherProcessInsertsFirst(store)).register(List.of(schedule));

        assertThat(store.getJobKeys(GroupMatcher.jobGroupEquals(ScheduleRegistrar.GROUP)))
                .containsExactly(JobKey.jobKey("errorReport", ScheduleRegistrar.GROUP));
        assertThat(store.getTriggerKeys(GroupMatcher.triggerGroupEquals(ScheduleRegistrar.GROUP)))
                .containsExactly(TriggerKey.triggerKey("nightly", ScheduleRegistrar.GROUP));
    }

    @Test
    void aStoreFailureWithNothingStoredIsStillThrown() {
        Schedule schedule = new Schedule("nightly", "errorReport", "0 0 7 ? * MON", ZoneOffset.UTC, Map.of(), true, "t");
        Scheduler failing = (Scheduler) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Scheduler.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("addJob")) {
                        throw new JobPersistenceException("the database is gone");
                    }
                    return invoke(method, store, args);
                });

        assertThatThrownBy(() -> new ScheduleRegistrar(failing).register(List.of(schedule)))
                .isInstanceOf(JobPersistenceException.class).hasMessage("the database is gone");
    }

    /** A scheduler whose job and trigger inserts meet a copy another process has just stored. */
    private Scheduler otherProcessInsertsFirst(Scheduler real) {
        return (Scheduler) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Scheduler.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("addJob")) {
                        real.addJob((JobDetail) args[0], true);
                        throw new JobPersistenceException("Couldn't store job: duplicate key value (qrtz_job_details_pkey)");
                    }
                    if (method.getName().equals("scheduleJob") && args.length == 1 && args[0] instanceof Trigger t) {
                        real.scheduleJob(t);
                        throw new JobPersistenceException("Couldn't store trigger: duplicate key value (qrtz_triggers_pkey)");
                    }
                    return invoke(method, real, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Scheduler ramScheduler() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "race-" + UUID.randomUUID());
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        try {
            return new StdSchedulerFactory(p).getScheduler();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}
