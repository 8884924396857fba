package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's first command: the bundled sample batches (a clean one and a messy one) through
 * the default mapping. Every row ends in exactly one outcome; the messy rows end as
 * sample-data/README.md says they should.
 */
@SpringBootTest
class SampleDataSyncTest {

    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();
    static final String MESSY = "sample-data/batches/2026-11-27-revealed-messy.csv";

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSampleBatchesEndInTheExpectedOutcomes() {
        CliRunner.Result result = new CliRunner(context).run("sync", "--input", "sample-data/batches");

        assertThat(result.exitCode()).as(result.output()).isEqualTo(3);
        long run = jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
        Map<String, Long> outcomes = new TreeMap<>();
        jdbc.query("SELECT outcome, COUNT(*) FROM row_outcome WHERE run_id = ? GROUP BY outcome",
                rs -> { outcomes.put(rs.getString(1), rs.getLong(2)); }, run);
        assertThat(outcomes).isEqualTo(Map.of("CREATED", 332L, "UNCHANGED", 5L, "SKIPPED", 14L));
        List<String> problems = jdbc.query("SELECT line_no, code FROM row_outcome WHERE run_id = ? AND source_file = ? "
                + "AND outcome = 'SKIPPED' ORDER BY line_no", (rs, i) -> rs.getLong(1) + " " + rs.getString(2), run, MESSY);
        assertThat(problems).containsExactly("8 REQUIRED_FIELD_MISSING", "11 STRING_TOO_LONG", "20 INVALID_VALUE",
                "23 INVALID_ROW", "26 INVALID_ROW", "27 INVALID_ROW", "30 INVALID_ROW", "33 REQUIRED_VALUE_MISSING",
                "36 REQUIRED_VALUE_MISSING", "39 INVALID_VALUE", "42 INVALID_VALUE", "45 INVALID_VALUE",
                "63 REQUIRED_FIELD_MISSING", "95 REQUIRED_FIELD_MISSING");
        List<String> unchanged = jdbc.query("SELECT line_no FROM row_outcome WHERE run_id = ? AND source_file = ? "
                + "AND outcome = 'UNCHANGED' ORDER BY line_no", (rs, i) -> rs.getString(1), run, MESSY);
        // lines 75 and 76 are one person revealed by two users; whichever user's rows go first creates
        // the Contact, the other row finds it
        assertThat(unchanged).as("repeats of earlier rows collapse into the records they made")
                .hasSize(5).contains("72", "78", "81", "84").containsAnyOf("75", "76");
        assertThat(ORG.query("SELECT Id FROM Contact WHERE Email = 'avi.mansour@foxglove-legal.example'")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM row_outcome WHERE run_id = ? AND warnings_json LIKE ?",
                Long.class, run, "%FIELD_TYPE_MISMATCH%")).as("invalid emails and employee ranges are left out, with a warning")
                .isGreaterThanOrEqualTo(4);
    }
}
