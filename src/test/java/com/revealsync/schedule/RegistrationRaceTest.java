package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.testing.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Two serve processes starting at once on one PostgreSQL database (two clustered Quartz
 * schedulers on one store, as Spring Boot builds them): they register the same schedules at the
 * same moment, round after round, and each round ends with one job and one whole trigger, and no
 * error in either. Before the registrars took the cluster's trigger lock in one transaction, the
 * loser met a duplicate key, or read a trigger whose cron row was not stored yet.
 */
class RegistrationRaceTest {

    private static final int ROUNDS = 25;

    private TestDatabases.PostgresSchema schema;
    /** One pool-less data source for all: Spring binds a transaction's connection to this instance. */
    private DataSource dataSource;
    private final List<SchedulerFactoryBean> nodes = new ArrayList<>();

    @BeforeEach
    void store() {
        schema = TestDatabases.postgres("rs_race");
        dataSource = schema.dataSource();
        new ResourceDatabasePopulator(new ClassPathResource("db/quartz/tables_postgres.sql")).execute(dataSource);
    }

    @AfterEach
    void shutDown() throws Exception {
        for (SchedulerFactoryBean node : nodes) {
            node.destroy();
        }
        schema.close();
    }

    @Test
    void twoNodesRegisteringAtOnceEndWithOneWholeTriggerAndNoError() throws Exception {
        ScheduleRegistrar a = registrar(node("a"));
        ScheduleRegistrar b = registrar(node("b"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        for (int round = 0; round < ROUNDS; round++) {
            Schedule schedule = new Schedule("s" + round, "job" + round, "0 0 " + (round % 24) + " * * ?", ZoneOffset.UTC,
                    Map.of("round", String.valueOf(round)), true, "t");
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> register(a, schedule, go));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> register(b, schedule, go));
            go.countDown();
            CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_triggers", Integer.class)).as("round %d", round).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_cron_triggers WHERE trigger_name = ?", Integer.class,
                    schedule.name())).as("round %d", round).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qrtz_job_details", Integer.class)).isEqualTo(1);
        }
        CronTrigger last = (CronTrigger) nodes.get(1).getObject().getTrigger(TriggerKey.triggerKey("s" + (ROUNDS - 1),
                ScheduleRegistrar.GROUP));
        assertThat(last.getCronExpression()).isEqualTo("0 0 " + ((ROUNDS - 1) % 24) + " * * ?");
    }

    @Test
    void aRegistrationThatFailsHalfWayLeavesNothingStored() throws Exception {
        Scheduler real = node("a");
        Scheduler failsOnTrigger = (Scheduler) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Scheduler.class}, (proxy, method, args) -> {
                    if (method.getName().equals("scheduleJob")) {
                        throw new JobPersistenceException("the database is gone");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Schedule schedule = new Schedule("nightly", "errorReport", "0 0 7 ? * MON", ZoneOffset.UTC, Map.of(), true, "t");

        assertThatThrownBy(() -> registrar(failsOnTrigger).register(List.of(schedule)))
                .isInstanceOf(JobPersistenceException.class).hasMessage("the database is gone");

        assertThat(real.checkExists(JobKey.jobKey("errorReport", ScheduleRegistrar.GROUP)))
                .as("the job stored before the failure is rolled back").isFalse();
    }

    private static void register(ScheduleRegistrar registrar, Schedule schedule, CountDownLatch go) {
        try {
            go.await();
            registrar.register(List.of(schedule));
        } catch (InterruptedException | SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    private ScheduleRegistrar registrar(Scheduler scheduler) {
        return new ScheduleRegistrar(scheduler, ClusterLock.triggerAccess(scheduler, dataSource,
                new DataSourceTransactionManager(dataSource), "QRTZ_"), Clock.systemUTC());
    }

    /** A clustered Quartz scheduler on the shared store, built the way Spring Boot builds the app's. */
    private Scheduler node(String instance) throws Exception {
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
        factory.setSchedulerName("reveal-sync");
        factory.setAutoStartup(false);
        Properties quartz = new Properties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instance);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.useProperties", "true");
        quartz.setProperty(QuartzStoreCustomizer.DELEGATE, QuartzStoreCustomizer.delegateFor("PostgreSQL"));
        quartz.setProperty("org.quartz.threadPool.threadCount", "1");
        factory.setQuartzProperties(quartz);
        factory.afterPropertiesSet();
        nodes.add(factory);
        return factory.getObject();
    }
}
