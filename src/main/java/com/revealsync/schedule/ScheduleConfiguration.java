package com.revealsync.schedule;

import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean
    ScheduleRegistrar scheduleRegistrar(Scheduler scheduler) {
        return new ScheduleRegistrar(scheduler);
    }
}
