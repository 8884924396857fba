package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same report on PostgreSQL (the production database): the SQL is portable, the cursor streams. */
class ReportOnPostgresTest {

    @TempDir
    Path out;

    @Test
    void theReportOfTheMessyRunIsTheSameOnPostgres() throws Exception {
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgres("rs_report")) {
            TestDatabases.createAppTables(schema.dataSource());
            new OutcomeFixtures(schema.dataSource()).otherRuns().messyNightlySync();
            ReportService reports = new ReportService(schema.dataSource());

            ReportFiles files = reports.write(new ReportSelection.Run(7), out.resolve("run7"));
            ReportFiles all = reports.write(new ReportSelection.Since(LocalDateTime.of(2025, 1, 1, 0, 0)), out.resolve("all"));

            assertThat(ReportCsv.read(files.errorsCsv()).rows()).extracting(r -> r.get("file") + ":" + r.get("line") + " "
                    + r.get("outcome") + " " + r.get("code")).containsExactlyElementsOf(OutcomeFixtures.RUN_7_ERRORS);
            assertThat(ReportCsv.read(files.warningsCsv()).rows()).hasSize(2);
            assertThat(Files.readString(files.html())).contains("12 input rows; <strong>8</strong> (67%)")
                    .contains("reveal-sync reconnect --user carol@acme.example");
            assertThat(all.errorRows()).isEqualTo(10);
            assertThat(Files.readString(all.html())).contains("Over time, per run").contains("<title>run 8, 2025-06-03 09:30");
        }
    }
}
