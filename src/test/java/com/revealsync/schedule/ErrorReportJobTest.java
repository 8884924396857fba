package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.report.ReportService;
import com.revealsync.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class ErrorReportJobTest {

    private static final Clock MONDAY_7AM = Clock.fixed(LocalDateTime.of(2025, 6, 9, 7, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path out;

    @Test
    void writesTheReportOfTheRunsOfThePeriodIntoANewFolderUnderOut() {
        DataSource dataSource = TestDatabases.h2();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int day = 1; day <= 9; day++) {
            jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at) VALUES (?, 'nightlySync',"
                    + " 'COMPLETED', ?)", day, LocalDateTime.of(2025, 6, day, 2, 0));
            jdbc.update("INSERT INTO row_outcome (run_id, source_file, line_no, outcome, code, recorded_at)"
                    + " VALUES (?, 'a.csv', 2, 'FAILED', 'UNABLE_TO_LOCK_ROW', ?)", day, LocalDateTime.of(2025, 6, day, 2, 1));
        }
        ErrorReportJob job = new ErrorReportJob(new ReportService(dataSource), MONDAY_7AM);

        RunResult result = job.run(Map.of("since", "7d", "out", out.toString()));

        assertThat(result.status()).isEqualTo(RunResult.Status.SUCCEEDED);
        assertThat(result.runId()).isNull();
        assertThat(result.report()).isEqualTo(out.resolve("error-report-2025-06-09_070000").resolve("report.html"));
        assertThat(result.report()).exists();
        assertThat(result.summary()).contains("runs since 2025-06-02 07:00").contains("7 row(s) did not go");
    }

    @Test
    void checksItsParameters() {
        ErrorReportJob job = new ErrorReportJob(null, MONDAY_7AM);

        assertThat(job.checkParameters(Map.of("since", "7d", "out", "reports/"))).isEmpty();
        assertThat(job.checkParameters(Map.of("since", "yesterday", "folder", "x"))).containsExactly(
                "parameters.folder: unknown parameter of errorReport (known: since, out)",
                "parameters.since: 'yesterday' is not a date (2025-06-02), a date-time (2025-06-02T08:00) "
                        + "or a period back from now (7d, 24h, 2w, P7D)");
    }
}
