package com.revealsync.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

class ScheduleLoaderTest {

    @TempDir
    Path dir;

    private final ScheduleLoader loader = new ScheduleLoader(new ScheduledJobs(List.of(
            new ErrorReportJob(Mockito.mock(com.revealsync.report.ReportService.class)))));

    @Test
    void theShippedSchedulesAreValid() {
        List<Schedule> schedules = loader.load(Path.of("schedules"));

        assertThat(schedules).extracting(Schedule::name).containsExactly("nightly-sync", "weekly-error-report");
        Schedule nightly = schedules.get(0);
        assertThat(nightly.job()).isEqualTo("nightlySync");
        assertThat(nightly.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(nightly.parameters()).containsEntry("input", "inbox/");
        assertThat(nightly.nextFireTime(Instant.parse("2025-07-01T12:00:00Z")))
                .contains(Instant.parse("2025-07-02T01:00:00Z"));
        assertThat(nightly.nextFireTime(Instant.parse("2025-12-01T12:00:00Z")))
                .contains(Instant.parse("2025-12-02T02:00:00Z"));
        Schedule weekly = schedules.get(1);
        assertThat(weekly.job()).isEqualTo("errorReport");
        assertThat(weekly.parameters()).isEqualTo(Map.of("since", "7d", "out", "reports/"));
        assertThat(weekly.nextFireTime(Instant.parse("2025-06-04T12:00:00Z")))
                .contains(Instant.parse("2025-06-09T06:00:00Z"));
    }

    @Test
    void aBadCronNamesTheFileAndTheField() throws Exception {
        write("nightly.yml", "name: nightly\njob: nightlySync\ncron: \"0 0 25 * * ?\"\n");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(UserError.class)
                .hasMessageContaining(dir.getFileName() + "/nightly.yml: cron: '0 0 25 * * ?' is not a valid Quartz cron");
    }

    @Test
    void aUnixStyleCronGetsAHintAboutTheSecondsField() throws Exception {
        write("nightly.yml", "name: nightly\njob: nightlySync\ncron: \"0 2 * * *\"\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("nightly.yml: cron: '0 2 * * *' has 5 fields")
                .hasMessageContaining("'0 0 2 * * ?'");
    }

    @Test
    void anUnknownTimeZoneNamesTheFileAndTheField() throws Exception {
        write("nightly.yml", "name: nightly\njob: nightlySync\ncron: \"0 0 2 * * ?\"\ntimeZone: Europe/Londn\n");

        assertThatThrownBy(() -> loader.load(dir))
                .hasMessageContaining("nightly.yml: timeZone: 'Europe/Londn' is not a known time zone");
    }

    @Test
    void everyProblemOfEveryFileIsListed() throws Exception {
        write("a.yml", "name: Nightly Sync\njob: nightlySink\ncron: \"0 0 2 * * ?\"\ncolour: blue\n");
        write("b.yml", "job: errorReport\nparameters:\n  since: someday\n  to: me\n");

        assertThatThrownBy(() -> loader.load(dir)).isInstanceOf(UserError.class).satisfies(e -> assertThat(
                e.getMessage().lines().skip(1).map(String::strip).toList()).containsExactlyInAnyOrder(
                dir.getFileName() + "/a.yml: colour: unknown field (known: name, job, cron, timeZone, parameters, "
                        + "enabled, description)",
                dir.getFileName() + "/a.yml: name: 'Nightly Sync' must be lower-case letters, digits and dashes "
                        + "(e.g. nightly-sync)",
                dir.getFileName() + "/b.yml: name: is required",
                dir.getFileName() + "/b.yml: cron: is required"));
    }

    @Test
    void jobNamesAndJobParametersAreChecked() throws Exception {
        write("a.yml", "name: a\njob: nightlySink\ncron: \"0 0 2 * * ?\"\n");
        write("b.yml", "name: b\njob: errorReport\ncron: \"0 0 7 ? * MON\"\nparameters:\n  since: someday\n  to: me\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining(
                        "a.yml: job: 'nightlySink' is not a job (jobs: errorReport, linkedinBackfill, nightlySync)")
                .hasMessageContaining("b.yml: parameters.since: 'someday' is not a date")
                .hasMessageContaining("b.yml: parameters.to: unknown parameter of errorReport (known: since, out)");
    }

    @Test
    void twoFilesCannotShareAName() throws Exception {
        write("a.yml", "name: same\njob: errorReport\ncron: \"0 0 7 ? * MON\"\n");
        write("b.yaml", "name: same\njob: errorReport\ncron: \"0 0 8 ? * MON\"\n");

        assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("b.yaml: name: 'same' is already the name of "
                + dir.getFileName() + "/a.yml");
    }

    @Test
    void theTimeZoneDefaultsToUtcAndOtherFilesAreIgnored() throws Exception {
        write("a.yml", "name: a\njob: errorReport\ncron: \"0 0 7 ? * MON\"\nenabled: false\n");
        write("README.md", "not a schedule");

        Schedule schedule = loader.load(dir).get(0);
        assertThat(schedule.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(schedule.enabled()).isFalse();
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope"))).isInstanceOf(UserError.class)
                .hasMessageContaining("does not exist");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }
}
