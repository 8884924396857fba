package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The orgs' Bulk paces in the app database: one per org and object, replaced when learned again; H2 and PostgreSQL. */
class BulkPaceTableTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"), ZoneOffset.UTC);

    @Test
    void aPaceIsKeptPerOrgAndObjectAndReplacedOnH2() {
        keptAndReplaced(TestDatabases.h2());
    }

    @Test
    void aPaceIsKeptPerOrgAndObjectAndReplacedOnPostgreSQL() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("pace")) {
            TestDatabases.createAppTables(schema.dataSource());
            keptAndReplaced(schema.dataSource());
        }
    }

    private static void keptAndReplaced(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        BulkPaceTable table = new BulkPaceTable(jdbc, CLOCK);

        assertThat(table.find("https://acme.my.salesforce.com", "Lead")).isNull();
        table.keep("https://acme.my.salesforce.com", "Lead", 200_000.0);
        table.keep("https://acme.my.salesforce.com", "Contact", 150_000.0);
        table.keep("https://other.my.salesforce.com", "Lead", 90_000.0);
        table.keep("https://acme.my.salesforce.com", "Lead", 300_000.0);

        assertThat(table.find("https://acme.my.salesforce.com", "Lead")).isEqualTo(300_000.0);
        assertThat(table.find("https://acme.my.salesforce.com", "Contact")).isEqualTo(150_000.0);
        assertThat(table.find("https://other.my.salesforce.com", "Lead")).isEqualTo(90_000.0);
        assertThat(table.find("https://other.my.salesforce.com", "Account")).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_pace", Integer.class)).isEqualTo(3);
    }

    @Test
    void aRunKeepingThePaceAnotherRunIsInsertingWaitsForItAndItsTransactionGoesOnOnPostgreSQL() throws Exception {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("pacetx")) {
            TestDatabases.createAppTables(schema.dataSource());
            String url = schema.url();
            try (Connection other = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
                other.setAutoCommit(false);
                new BulkPaceTable(new JdbcTemplate(new SingleConnectionDataSource(other, true)), CLOCK)
                        .keep("https://acme.my.salesforce.com", "Lead", 1.0); // inserted, not committed yet

                SingleConnectionDataSource chunkConnection = new SingleConnectionDataSource(url, TestDatabases.POSTGRES_USER, "", true);
                JdbcTemplate chunk = new JdbcTemplate(chunkConnection);
                TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(chunkConnection));
                CompletableFuture<Integer> chunkRun = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
                    new BulkPaceTable(chunk, CLOCK).keep("https://acme.my.salesforce.com", "Lead", 2.0);
                    return chunk.queryForObject("SELECT COUNT(*) FROM bulk_pace", Integer.class); // the chunk goes on
                }));
                JdbcTemplate watch = new JdbcTemplate(schema.dataSource());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (watch.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE '%bulk_pace%'", Integer.class) == 0) {
                    assertThat(System.nanoTime()).as("the chunk's keep waits for the other run's insert").isLessThan(deadline);
                    Thread.onSpinWait();
                }
                other.commit();

                assertThat(chunkRun.get(20, TimeUnit.SECONDS)).isEqualTo(1);
                chunkConnection.destroy();
            }
            assertThat(new BulkPaceTable(new JdbcTemplate(schema.dataSource()), CLOCK)
                    .find("https://acme.my.salesforce.com", "Lead")).isEqualTo(2.0);
        }
    }
}
