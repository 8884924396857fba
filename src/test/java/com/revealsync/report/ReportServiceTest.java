package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import com.revealsync.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class ReportServiceTest {

    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2025, 6, 4, 7, 0)
            .atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    @TempDir
    Path out;

    private ReportService reports;

    @BeforeEach
    void setUp() {
        DataSource dataSource = TestDatabases.h2();
        new OutcomeFixtures(dataSource).otherRuns().messyNightlySync();
        reports = new ReportService(dataSource, FixHints.shipped(), CLOCK);
    }

    @Test
    void errorsCsvHasExactlyTheRunsSkippedAndFailedRowsWithTheirLinesAndCodes() throws Exception {
        ReportFiles files = reports.write(new ReportSelection.Run(7), out);

        ReportCsv csv = ReportCsv.read(files.errorsCsv());
        assertThat(csv.rows()).extracting(r -> r.get("file") + ":" + r.get("line") + " " + r.get("outcome") + " "
                + r.get("code")).containsExactlyElementsOf(OutcomeFixtures.RUN_7_ERRORS);
        assertThat(csv.rows()).allSatisfy(r -> assertThat(r.get("run_id")).isEqualTo("7"));
        assertThat(files.errorRows()).isEqualTo(8);
        assertThat(files.totalRows()).isEqualTo(12);
    }

    @Test
    void errorsCsvCarriesEachRowsDetailsFixHintAndTheUnionOfSourceColumns() throws Exception {
        ReportCsv csv = ReportCsv.read(reports.write(new ReportSelection.Run(7), out).errorsCsv());

        assertThat(csv.header()).startsWith("run_id", "file", "line", "lusha_id", "lusha_user", "record_type",
                "outcome", "code", "message", "salesforce_fields", "fix_hint");
        assertThat(csv.header().subList(11, csv.header().size())).containsExactly("source.Lusha ID",
                "source.First Name", "source.Last Name", "source.Company Name", "source.Number of Employees",
                "source.Job title", "source.column 1", "source.column 2", "source.column 3", "source.Notes");
        Map<String, String> missingCompany = csv.rows().get(0);
        assertThat(missingCompany).containsEntry("lusha_id", "L-1003").containsEntry("lusha_user", OutcomeFixtures.BOB)
                .containsEntry("record_type", "Lead").containsEntry("message", "Required fields are missing: [Company]")
                .containsEntry("salesforce_fields", "Company").containsEntry("source.First Name", "Alan")
                .containsEntry("source.Notes", "");
        assertThat(missingCompany.get("fix_hint")).contains("filled for these contacts to Company")
                .contains("retry-failed --run 7");
        Map<String, String> reconnect = csv.rows().get(2);
        assertThat(reconnect.get("fix_hint")).contains("reveal-sync reconnect --user " + OutcomeFixtures.CAROL)
                .contains("Session Settings");
        Map<String, String> unreadable = csv.rows().get(3);
        assertThat(unreadable).containsEntry("source.column 1", "L-1007").containsEntry("source.column 2",
                "broken \"quote");
        assertThat(csv.rows().get(7)).containsEntry("source.Notes", "'=1+1").containsEntry("source.First Name",
                "Margaret");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() throws Exception {
        ReportCsv csv = ReportCsv.read(reports.write(new ReportSelection.Run(7), out).errorsCsv());

        Map<String, String> attack = csv.rows().get(4);
        assertThat(attack).containsEntry("message", "'" + OutcomeFixtures.HYPERLINK)
                .containsEntry("source.First Name", "'+1").containsEntry("source.Last Name", "'@SUM(A1:A9)")
                .containsEntry("source.Company Name", "'-2");
        assertThat(csv.raw()).allSatisfy(cells -> assertThat(cells)
                .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
    }

    @Test
    void warningsGoToTheirOwnFileWhateverTheRowsOutcome() throws Exception {
        ReportFiles files = reports.write(new ReportSelection.Run(7), out);

        ReportCsv csv = ReportCsv.read(files.warningsCsv());
        assertThat(csv.rows()).extracting(r -> r.get("line") + " " + r.get("outcome") + " " + r.get("code") + " "
                + r.get("salesforce_field")).containsExactly("2 CREATED FIELD_TYPE_MISMATCH NumberOfEmployees",
                "3 FAILED FIELD_TYPE_MISMATCH AnnualRevenue");
        assertThat(csv.rows().get(0).get("fix_hint")).contains("NumberOfEmployees").contains("mapping validate");
        assertThat(files.warnings()).isEqualTo(2);
    }

    @Test
    void theHtmlEscapesEverythingThatComesFromTheData() throws Exception {
        String html = Files.readString(reports.write(new ReportSelection.Run(7), out).html(), StandardCharsets.UTF_8);

        assertThat(html).doesNotContain("<script>document").doesNotContain("<svg onload")
                .doesNotContain("\"onload=").doesNotContain("data-pwned'");
        assertThat(html).contains("data value too large: &lt;script&gt;document.documentElement")
                .contains("x&quot;&gt;&lt;svg onload&#x3D;&quot;document.documentElement")
                .contains("&quot;onload&#x3D;alert(1)//")
                .contains("&#x3D;HYPERLINK(&quot;http://attacker.example/");
        assertThat(html.split("<script>", -1)).as("only the page's own two scripts").hasSize(3);
    }

    @Test
    void theHtmlShowsTotalsTheUsersWhoMustReconnectAndTheTopProblemsWithFixes() throws Exception {
        String html = Files.readString(reports.write(new ReportSelection.Run(7), out).html(), StandardCharsets.UTF_8);

        assertThat(html).contains("12 input rows; <strong>8</strong> (67%) did not reach Salesforce");
        assertThat(html).contains("id=\"reconnect\"").contains("reveal-sync reconnect --user carol@acme.example");
        assertThat(html).contains("<h3>A field Salesforce requires is empty</h3>")
                .contains("<h3>The Lusha user&#39;s Salesforce connection has expired</h3>")
                .contains("<h3>A Salesforce duplicate rule blocked the record</h3>");
        assertThat(html).contains("id=\"chart-by-code\"").contains("id=\"chart-by-user\"")
                .contains("id=\"chart-over-time\"").contains("id=\"chart-outcomes\"");
        assertThat(html).contains("embedded org, not Salesforce");
        assertThat(html).doesNotContain("DUPLICATE_VALUE").doesNotContain("API_BUDGET_EXCEEDED");
    }

    @Test
    void sinceCoversEveryRunStartedSinceTheDate() throws Exception {
        ReportFiles files = reports.write(new ReportSelection.Since(LocalDateTime.of(2025, 6, 2, 0, 0)), out);

        assertThat(files.scope().runIds()).containsExactly(7L, 8L);
        assertThat(ReportCsv.read(files.errorsCsv()).rows()).extracting(r -> r.get("run_id") + " " + r.get("code"))
                .hasSize(9).contains("8 API_BUDGET_EXCEEDED").doesNotContain("6 DUPLICATE_VALUE");
    }

    @Test
    void lastIsTheMostRecentRun() {
        assertThat(reports.write(new ReportSelection.Last(), out).scope().runIds()).containsExactly(8L);
    }

    @Test
    void aRunThatDoesNotExistIsTheUsersMistake() {
        assertThatThrownBy(() -> reports.write(new ReportSelection.Run(99), out)).isInstanceOf(UserError.class)
                .hasMessageContaining("run 99 does not exist");
    }

    @Test
    void aPeriodWithoutRunsGivesAnEmptyReportRatherThanAnError() throws Exception {
        ReportFiles files = reports.write(new ReportSelection.Since(LocalDateTime.of(2030, 1, 1, 0, 0)), out);

        assertThat(ReportCsv.read(files.errorsCsv()).rows()).isEmpty();
        assertThat(ReportCsv.read(files.errorsCsv()).header()).hasSize(11);
        assertThat(Files.readString(files.html())).contains("No run in this period");
        assertThat(out).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theOutputFolderMustNotBeAFile() throws Exception {
        Path file = Files.writeString(out.resolve("taken"), "x");
        assertThatThrownBy(() -> reports.write(new ReportSelection.Run(7), file)).isInstanceOf(UserError.class)
                .hasMessageContaining("is a file");
    }

    @Test
    void manyRunsAreChartedPerDay() throws Exception {
        DataSource dataSource = TestDatabases.h2();
        OutcomeFixtures fixtures = new OutcomeFixtures(dataSource);
        for (int run = 1; run <= ReportService.MAX_RUN_COLUMNS + 1; run++) {
            fixtures.run(run, "nightlySync", "COMPLETED", LocalDateTime.of(2025, 5, 1, 2, 0).plusHours(12L * run), "x");
            fixtures.row(run, "f.csv", 2, "L", "a@b.c", "Lead", run % 2 == 0 ? "FAILED" : "CREATED",
                    run % 2 == 0 ? "UNABLE_TO_LOCK_ROW" : null, null, null, null, null);
        }
        ReportFiles files = new ReportService(dataSource, FixHints.shipped(), CLOCK)
                .write(new ReportSelection.Since(LocalDateTime.of(2025, 1, 1, 0, 0)), out);

        String html = Files.readString(files.html());
        assertThat(html).contains("Over time, per day");
        assertThat(html).contains("<title>2025-05-01</title>").contains("<title>2025-05-11</title>");
        assertThat(List.of(html.split("<g><title>", -1))).hasSize(11 + 1);
    }

    @Test
    void aRunTheSyncCountedAsItStoredItsRowsIsCountedFromItsCountersOthersFromTheirRows() throws Exception {
        DataSource dataSource = TestDatabases.h2();
        OutcomeFixtures fixtures = new OutcomeFixtures(dataSource).messyNightlySync();
        fixtures.run(8, "nightlySync", "COMPLETED", LocalDateTime.of(2025, 6, 3, 2, 0), "x");
        fixtures.row(8, "f.csv", 2, "L-1", "a@b.c", "Lead", "CREATED", null, null, null, null, null);
        // run 8 was counted as stored (sync_run.outcome_counts): its counters hold 40,002 rows, of
        // which the fixture inserted one; reading the counters is what keeps a report off its rows
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("UPDATE sync_run SET outcome_counts = TRUE WHERE run_id = 8");
        jdbc.update("INSERT INTO run_outcome_count (run_id, outcome, code, n) VALUES (8, 'CREATED', '', 30000),"
                + " (8, 'SKIPPED', 'INVALID_ROW', 6000), (8, 'SKIPPED', 'STRING_TOO_LONG', 4000), (8, 'FAILED', '', 2)");

        ReportFiles files = new ReportService(dataSource, FixHints.shipped(), CLOCK)
                .write(new ReportSelection.Since(LocalDateTime.of(2025, 6, 1, 0, 0)), out);

        assertThat(files.totalRows()).as("run 7's 12 rows counted from its rows, run 8's from its counters")
                .isEqualTo(12 + 40_002);
        assertThat(Files.readString(files.html())).contains("<title>run 8, ").contains("10,000");
    }
}
