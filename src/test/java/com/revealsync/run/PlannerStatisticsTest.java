package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class PlannerStatisticsTest {

    /** A chunk's lookup: 200 Lusha ids, as {@link ExportLinks#find} sends them. */
    private static final String LOOKUP = "EXPLAIN SELECT lusha_id, salesforce_id FROM export_link WHERE lusha_id IN ("
            + IntStream.range(0, 200).mapToObj(i -> "'L-" + (i * 487) + "'").collect(Collectors.joining(",")) + ")";

    @Test
    void onPostgreSqlATableGrownByARunIsAnalyzedSoThatItsLookupsUseTheIndex() {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("planner")) {
            DataSource dataSource = schema.dataSource();
            TestDatabases.createAppTables(dataSource);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            PlannerStatistics statistics = new PlannerStatistics(jdbc, new DataSourceTransactionManager(dataSource));
            assertThat(statistics.refresh()).as("empty tables are not worth it").isEmpty();

            insertLinks(jdbc, 0, 100_000); // a first run of 100,000 rows ends with ~92,000 links
            assertThat(plan(jdbc)).as("the premise: without statistics, 200 ids read the whole table").contains("Seq Scan");

            assertThat(statistics.refresh()).containsExactly("export_link");
            assertThat(plan(jdbc)).contains("Index").doesNotContain("Seq Scan");
            assertThat(statistics.refresh()).as("not grown since").isEmpty();

            insertLinks(jdbc, 100_000, 30_000);
            assertThat(statistics.refresh()).as("grown by less than half: not yet").isEmpty();
            insertLinks(jdbc, 130_000, 30_000);
            assertThat(statistics.refresh()).as("grown by half and more").containsExactly("export_link");
        }
    }

    @Test
    void onH2NothingIsAnalyzed() {
        DataSource dataSource = TestDatabases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        insertLinks(jdbc, 0, 5_000);
        assertThat(new PlannerStatistics(jdbc, new DataSourceTransactionManager(dataSource)).refresh()).isEmpty();
    }

    private static void insertLinks(JdbcTemplate jdbc, int from, int count) {
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            rows.add(new Object[] {"L-" + i, String.format("00Q%015d", i)});
        }
        jdbc.batchUpdate("INSERT INTO export_link (lusha_id, salesforce_id) VALUES (?, ?)", rows);
    }

    private static String plan(JdbcTemplate jdbc) {
        return String.join("\n", jdbc.queryForList(LOOKUP, String.class));
    }
}
