package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The messy sample batch synced for real (the sync command, the WSC client, the embedded org),
 * then {@code report --last}: errors.csv holds exactly the run's SKIPPED and FAILED rows, with the
 * line numbers and codes sample-data/README.md lists for that file.
 */
@SpringBootTest
class MessySampleReportTest {

    static final String MESSY = "sample-data/batches/2026-11-27-revealed-messy.csv";
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path out;

    @Test
    void theReportOfTheMessySampleListsExactlyTheRowsThatDidNotGo() throws Exception {
        CliRunner cli = new CliRunner(context);
        CliRunner.Result sync = cli.run("sync", "--input", MESSY, "--api", "soap");
        assertThat(sync.exitCode()).as(sync.output()).isEqualTo(3);

        CliRunner.Result report = cli.run("report", "--last", "--out", out.toString());

        assertThat(report.exitCode()).as(report.output()).isZero();
        long runId = jdbc.queryForObject("SELECT MAX(run_id) FROM sync_run", Long.class);
        List<String> expected = jdbc.query("SELECT source_file, line_no, outcome, code FROM row_outcome WHERE run_id = ?"
                        + " AND outcome IN ('SKIPPED', 'FAILED') ORDER BY source_file, line_no",
                (rs, i) -> rs.getString(1) + ":" + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getString(4), runId);
        ReportCsv errors = ReportCsv.read(out.resolve("errors.csv"));
        assertThat(errors.rows()).extracting(r -> r.get("file") + ":" + r.get("line") + " " + r.get("outcome") + " "
                + r.get("code")).containsExactlyElementsOf(expected);
        assertThat(errors.rows()).extracting(r -> r.get("line") + " " + r.get("code")).contains(
                "8 REQUIRED_FIELD_MISSING", "11 STRING_TOO_LONG", "20 INVALID_VALUE", "23 INVALID_ROW", "26 INVALID_ROW",
                "27 INVALID_ROW", "30 INVALID_ROW", "33 REQUIRED_VALUE_MISSING", "36 REQUIRED_VALUE_MISSING",
                "39 INVALID_VALUE", "42 INVALID_VALUE", "45 INVALID_VALUE", "63 REQUIRED_FIELD_MISSING",
                "95 REQUIRED_FIELD_MISSING");
        assertThat(errors.rows()).allSatisfy(row -> assertThat(row.get("fix_hint")).isNotBlank());
        assertThat(errors.header()).contains("source.Lusha List");
        assertThat(ReportCsv.read(out.resolve("warnings.csv")).rows()).extracting(r -> r.get("line"))
                .contains("5", "14", "88", "98");
        assertThat(Files.readString(out.resolve("report.html"))).contains("id=\"chart-by-code\"");
    }
}
