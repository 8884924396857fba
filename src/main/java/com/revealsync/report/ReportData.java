package com.revealsync.report;

import com.revealsync.run.Outcome;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Everything the HTML page shows, gathered by SQL aggregates (and the warning counts of the CSV pass). */
public record ReportData(ReportScope scope, LocalDateTime generatedAt, Map<Outcome, Long> totals,
                         List<CodeCount> byCode, List<UserCount> byUser, List<PeriodCount> overTime,
                         boolean overTimePerDay, List<ReconnectUser> reconnect, List<Problem> problems,
                         List<OutcomeRow> errorRows, Map<String, Long> warningsByCode) {

    public ReportData {
        totals = Map.copyOf(totals);
        byCode = List.copyOf(byCode);
        byUser = List.copyOf(byUser);
        overTime = List.copyOf(overTime);
        reconnect = List.copyOf(reconnect);
        problems = List.copyOf(problems);
        errorRows = List.copyOf(errorRows);
        warningsByCode = Map.copyOf(warningsByCode);
    }

    public long total(Outcome outcome) {
        return totals.getOrDefault(outcome, 0L);
    }

    public long totalRows() {
        return totals.values().stream().mapToLong(Long::longValue).sum();
    }

    public long errorCount() {
        return total(Outcome.SKIPPED) + total(Outcome.FAILED);
    }

    /** SKIPPED or FAILED rows with one code. */
    public record CodeCount(String outcome, String code, long rows, long users) {
    }

    /** SKIPPED and FAILED rows of one Lusha user. */
    public record UserCount(String user, long skipped, long failed) {
        public long total() {
            return skipped + failed;
        }
    }

    /** Rows per outcome group in one run or on one day: a short label for the axis, a title for hover. */
    public record PeriodCount(String label, String title, long exported, long skipped, long failed) {
        public long total() {
            return exported + skipped + failed;
        }
    }

    /** A Lusha user whose rows were held back until they (re)connect Salesforce. */
    public record ReconnectUser(String user, String code, long rows, LocalDateTime lastSeen) {
    }

    /** A group of SKIPPED or FAILED rows with the same code and fields. */
    public record Problem(String outcome, String code, String fields, long rows, long users, String exampleMessage,
                          String onlyUser) {
    }
}
