package com.revealsync.schedule;

import java.time.Clock;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.springframework.boot.quartz.autoconfigure.JobStoreType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The schedules' wiring. Quartz itself is Spring Boot's ({@code spring.quartz.*} in
 * application.yml: JDBC job store in the app database, clustered, not started automatically);
 * only {@code serve} starts it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScheduleProperties.class)
public class ScheduleConfiguration {

    @Bean
    QuartzStoreCustomizer quartzStoreCustomizer(DataSource dataSource, QuartzProperties properties) {
        return new QuartzStoreCustomizer(dataSource, properties);
    }

    /** Quartz's trigger lock, for a JDBC store (shared by the cluster); none for the in-memory store. */
    @Bean
    ClusterLock scheduleClusterLock(Scheduler scheduler, DataSource dataSource, PlatformTransactionManager transactions,
                                    QuartzProperties properties) {
        return properties.getJobStoreType() == JobStoreType.JDBC
                ? ClusterLock.triggerAccess(scheduler, dataSource, transactions,
                        properties.getProperties().getOrDefault("org.quartz.jobStore.tablePrefix", "QRTZ_"))
                : ClusterLock.NONE;
    }

    @Bean
    ScheduleRegistrar scheduleRegistrar(Scheduler scheduler, ClusterLock scheduleClusterLock) {
        return new ScheduleRegistrar(scheduler, scheduleClusterLock, Clock.systemUTC());
    }
}
