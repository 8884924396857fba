package com.revealsync.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Databases for tests: a private in-memory H2, or a private schema in the PostgreSQL running on
 * this machine (127.0.0.1:5432, database {@code test}, user {@code postgres}, trust auth), dropped
 * on close. Both get the app tables of {@code db/schema/*.sql}, as the app creates them.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";

    private TestDatabases() {
    }

    public static DataSource h2() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        createAppTables(dataSource);
        return dataSource;
    }

    /** An H2 database in files under {@code dir} (its data off the heap, as in production). */
    public static DataSource h2File(java.nio.file.Path dir) {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(), "sa", "");
        createAppTables(dataSource);
        return dataSource;
    }

    /** A fresh PostgreSQL schema with the app tables; close it to drop the schema. */
    public static PostgresSchema postgres(String prefix) {
        String schema = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + POSTGRES_URL
                    + " (.ci/run starts it; locally: pg_ctlcluster 15 main start): " + e.getMessage(), e);
        }
        return new PostgresSchema(schema);
    }

    public static void createAppTables(DataSource dataSource) {
        try {
            org.springframework.core.io.Resource[] scripts =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:db/schema/*.sql");
            java.util.Arrays.sort(scripts, java.util.Comparator.comparing(
                    (org.springframework.core.io.Resource r) -> String.valueOf(r.getFilename())));
            ResourceDatabasePopulator populator = new ResourceDatabasePopulator(scripts);
            populator.execute(dataSource);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A private PostgreSQL schema: its JDBC URL selects it as the current schema. */
    public record PostgresSchema(String name) implements AutoCloseable {

        public String url() {
            return POSTGRES_URL + "?currentSchema=" + name;
        }

        public DataSource dataSource() {
            return new DriverManagerDataSource(url(), POSTGRES_USER, "");
        }

        @Override
        public void close() {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop schema " + name, e);
            }
        }
    }
}
