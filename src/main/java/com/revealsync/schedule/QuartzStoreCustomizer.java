package com.revealsync.schedule;

import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.quartz.autoconfigure.JobStoreType;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Picks Quartz's JDBC delegate for the app database: PostgreSQL stores job data as BYTEA, which
 * only {@code PostgreSQLDelegate} reads; H2 works with the standard delegate. A delegate set in
 * {@code spring.quartz.properties} wins.
 */
final class QuartzStoreCustomizer implements SchedulerFactoryBeanCustomizer {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    private final DataSource dataSource;
    private final QuartzProperties properties;

    QuartzStoreCustomizer(DataSource dataSource, QuartzProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public void customize(SchedulerFactoryBean factory) {
        Properties quartz = new Properties();
        quartz.putAll(properties.getProperties());
        if (properties.getJobStoreType() == JobStoreType.JDBC && !quartz.containsKey(DELEGATE)) {
            quartz.setProperty(DELEGATE, delegateFor(productName()));
        }
        factory.setQuartzProperties(quartz);
    }

    static String delegateFor(String databaseProductName) {
        return databaseProductName != null && databaseProductName.toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    }

    private String productName() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot read the app database's product name for Quartz", e);
        }
    }
}
