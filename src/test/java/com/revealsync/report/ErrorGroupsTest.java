package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The page's figures on SKIPPED and FAILED rows, gathered in one pass, mean what their SQL meant. */
class ErrorGroupsTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 29, 2, 0);

    private static OutcomeRow row(long line, String user, String outcome, String code, String fields, String message) {
        return new OutcomeRow(7, "batch.csv", line, "L-" + line, user, "Lead", outcome, null, code, message, fields,
                "[{\"code\":\"W\"}]", "{\"Notes\":\"long\"}");
    }

    @Test
    void problemsCountDistinctNamedUsersAndTakeTheSmallestMessageAsTheExample() {
        ErrorGroups groups = new ErrorGroups(10);
        groups.add(row(2, "b@x", "SKIPPED", "STRING_TOO_LONG", "Title", "Title is 300 long"), T);
        groups.add(row(3, "a@x", "SKIPPED", "STRING_TOO_LONG", "Title", "Title is 260 long"), T);
        groups.add(row(4, "a@x", "SKIPPED", "STRING_TOO_LONG", "Title", null), T);
        groups.add(row(5, null, "SKIPPED", "STRING_TOO_LONG", "Title", "Title is 999 long"), T);
        groups.add(row(6, "c@x", "FAILED", "DUPLICATES_DETECTED", null, "duplicate"), T);

        assertThat(groups.problems(10)).containsExactly(
                new ReportData.Problem("SKIPPED", "STRING_TOO_LONG", "Title", 4, 2, "Title is 260 long", null),
                new ReportData.Problem("FAILED", "DUPLICATES_DETECTED", null, 1, 1, "duplicate", "c@x"));
        assertThat(groups.problems(1)).hasSize(1);
    }

    @Test
    void codesAndUsersAreOrderedByRowsThenByName() {
        ErrorGroups groups = new ErrorGroups(10);
        groups.add(row(2, "b@x", "SKIPPED", "INVALID_ROW", null, "m"), T);
        groups.add(row(3, "a@x", "FAILED", "INVALID_ROW", null, "m"), T);
        groups.add(row(4, null, "SKIPPED", "INVALID_EMAIL_ADDRESS", null, "m"), T);
        groups.add(row(5, "", "SKIPPED", "INVALID_EMAIL_ADDRESS", null, "m"), T);

        assertThat(groups.byCode()).containsExactly(
                new ReportData.CodeCount("SKIPPED", "INVALID_EMAIL_ADDRESS", 2, 1),
                new ReportData.CodeCount("FAILED", "INVALID_ROW", 1, 1),
                new ReportData.CodeCount("SKIPPED", "INVALID_ROW", 1, 1));
        // no user and an empty one are one "(none)" bar, as COALESCE(revealed_by, '') made them
        assertThat(groups.byUser()).containsExactly(
                new ReportData.UserCount("", 2, 0),
                new ReportData.UserCount("a@x", 0, 1),
                new ReportData.UserCount("b@x", 1, 0));
    }

    @Test
    void usersWhoMustReconnectCarryTheirLatestRow() {
        ErrorGroups groups = new ErrorGroups(10);
        groups.add(row(2, "a@x", "SKIPPED", "RECONNECT_REQUIRED", null, "m"), T);
        groups.add(row(3, "a@x", "SKIPPED", "RECONNECT_REQUIRED", null, "m"), T.plusMinutes(5));
        groups.add(row(4, "b@x", "SKIPPED", "NOT_CONNECTED", null, "m"), T);
        groups.add(row(5, "b@x", "SKIPPED", "INVALID_ROW", null, "m"), T.plusHours(1));

        assertThat(groups.reconnect()).containsExactly(
                new ReportData.ReconnectUser("a@x", "RECONNECT_REQUIRED", 2, T.plusMinutes(5)),
                new ReportData.ReconnectUser("b@x", "NOT_CONNECTED", 1, T));
    }

    @Test
    void theTableShowsFailedRowsFirstEachInLineOrderWithoutTheirSourceOrWarnings() {
        ErrorGroups groups = new ErrorGroups(3);
        groups.add(row(2, "a@x", "SKIPPED", "INVALID_ROW", null, "m"), T);
        groups.add(row(3, "a@x", "FAILED", "DUPLICATES_DETECTED", null, "m"), T);
        groups.add(row(4, "a@x", "SKIPPED", "INVALID_ROW", null, "m"), T);
        groups.add(row(5, "a@x", "SKIPPED", "INVALID_ROW", null, "m"), T);
        groups.add(row(6, "a@x", "FAILED", "DUPLICATES_DETECTED", null, "m"), T);

        assertThat(groups.errorRows()).extracting(OutcomeRow::lineNo).containsExactly(3L, 6L, 2L);
        assertThat(groups.errorRows()).allSatisfy(r -> {
            assertThat(r.sourceJson()).isNull();
            assertThat(r.warningsJson()).isNull();
        });
    }
}
