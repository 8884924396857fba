package com.revealsync.report;

import java.util.List;

/**
 * What {@code report.html.mustache} renders: display-ready text and chart geometry, no logic.
 * Every value is HTML-escaped by the template engine when written.
 */
public record HtmlView(String scope, String generatedAt, String period, boolean embedded, String runCount,
                       String totalRows, String errorRows, String errorShare, boolean noRows,
                       List<OutcomeCard> outcomes, List<Charts.Segment> outcomeBar,
                       List<ReconnectItem> reconnect, List<TextPart> reconnectFix, List<ProblemItem> problems,
                       Charts.BarChart byCode, Charts.BarChart byUser, Charts.ColumnChart overTime, String overTimeUnit,
                       List<RowItem> rows, String rowsShown, boolean rowsTruncated,
                       List<WarningItem> warnings, List<RunItem> runs) {

    public record OutcomeCard(String label, String cssClass, String count, String share) {
    }

    public record ReconnectItem(String user, String code, String rows, String lastSeen, String command) {
    }

    public record ProblemItem(int rank, String outcome, String cssClass, String code, String problem, String fields,
                              String rows, String users, String example, List<TextPart> fix) {
    }

    public record RowItem(String outcome, String cssClass, long run, String file, String fileName, long line, String lushaId,
                          String user, String recordType, String code, String message, String fields, String problem) {
    }

    public record WarningItem(String code, String count, String problem, List<TextPart> fix) {
    }

    public record RunItem(long id, String job, String status, String statusClass, String started, String finished,
                          String target, boolean embedded, String retryOf) {
    }
}
