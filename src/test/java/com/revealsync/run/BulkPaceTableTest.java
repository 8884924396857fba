package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

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
}
