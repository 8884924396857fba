package com.revealsync.report;

import com.revealsync.run.Outcome;
import static com.revealsync.report.ReportFormat.number;
import static com.revealsync.report.ReportFormat.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the report's data into the page's view: labels, shares, hints, chart geometry. */
final class HtmlViewBuilder {

    private final FixHints hints;

    HtmlViewBuilder(FixHints hints) {
        this.hints = hints;
    }

    HtmlView build(ReportData data) {
        ReportScope scope = data.scope();
        List<RunInfo> runs = scope.runs();
        String period = runs.isEmpty() ? "no run in this period"
                : ReportFormat.dateTime(runs.get(0).startedAt())
                + (runs.size() > 1 ? " \u2013 " + ReportFormat.dateTime(runs.get(runs.size() - 1).startedAt()) : "");
        long total = data.totalRows();
        return new HtmlView(scope.description(), ReportFormat.dateTime(data.generatedAt()), period,
                runs.stream().anyMatch(RunInfo::embedded), number(runs.size()), number(total),
                number(data.errorCount()), percent(data.errorCount(), total), total == 0,
                outcomeCards(data), outcomeBar(data), reconnect(data),
                TextPart.parse(hints.forCode("RECONNECT_REQUIRED").fix(null, null, singleRun(scope))), problems(data, scope),
                byCode(data), byUser(data), Charts.columns(data.overTime()), data.overTimePerDay() ? "day" : "run",
                rows(data), number(data.errorRows().size()), data.errorRows().size() < data.errorCount(),
                warnings(data), runs.stream().map(HtmlViewBuilder::run).toList());
    }

    private static List<HtmlView.OutcomeCard> outcomeCards(ReportData data) {
        return java.util.Arrays.stream(Outcome.values())
                .map(o -> new HtmlView.OutcomeCard(label(o.name()), HtmlReport.cssClass(o.name()),
                        number(data.total(o)), percent(data.total(o), data.totalRows())))
                .toList();
    }

    private static List<Charts.Segment> outcomeBar(ReportData data) {
        List<Charts.Segment> segments = new ArrayList<>();
        double x = 0;
        for (Outcome outcome : Outcome.values()) {
            long count = data.total(outcome);
            if (count > 0) {
                double width = 1000.0 * count / data.totalRows();
                segments.add(new Charts.Segment(format(x), "0", format(width), "24",
                        "fill-" + outcome.name().toLowerCase(Locale.ROOT),
                        label(outcome.name()) + ": " + number(count)));
                x += width;
            }
        }
        return segments;
    }

    private List<HtmlView.ReconnectItem> reconnect(ReportData data) {
        return data.reconnect().stream().map(user -> new HtmlView.ReconnectItem(user.user(), user.code(),
                number(user.rows()), ReportFormat.dateTime(user.lastSeen()),
                "reveal-sync " + ("NOT_CONNECTED".equals(user.code()) ? "connect" : "reconnect") + " --user "
                        + user.user())).toList();
    }

    private List<HtmlView.ProblemItem> problems(ReportData data, ReportScope scope) {
        List<HtmlView.ProblemItem> items = new ArrayList<>();
        for (ReportData.Problem problem : data.problems()) {
            FixHint hint = hints.forCode(problem.code());
            items.add(new HtmlView.ProblemItem(items.size() + 1, label(problem.outcome()),
                    HtmlReport.cssClass(problem.outcome()), display(problem.code()), hint.problem(),
                    problem.fields(), number(problem.rows()), number(problem.users()), problem.exampleMessage(),
                    TextPart.parse(hint.fix(problem.fields(), problem.onlyUser(), singleRun(scope)))));
        }
        return items;
    }

    private static Charts.BarChart byCode(ReportData data) {
        List<ReportData.CodeCount> codes = HtmlReport.top(data.byCode());
        return Charts.bars(codes.stream().map(c -> display(c.code())).toList(),
                codes.stream().map(c -> List.of(new Charts.Part(c.outcome(), c.rows()))).toList());
    }

    private static Charts.BarChart byUser(ReportData data) {
        List<ReportData.UserCount> users = HtmlReport.top(data.byUser());
        return Charts.bars(users.stream().map(ReportData.UserCount::user).toList(),
                users.stream().map(u -> List.of(new Charts.Part("SKIPPED", u.skipped()),
                        new Charts.Part("FAILED", u.failed()))).toList());
    }

    private List<HtmlView.RowItem> rows(ReportData data) {
        return data.errorRows().stream().map(row -> new HtmlView.RowItem(row.outcome(),
                HtmlReport.cssClass(row.outcome()), row.runId(), row.sourceFile(), fileName(row.sourceFile()),
                row.lineNo(), row.lushaId(),
                row.revealedBy(), row.recordType(), display(row.code()), row.message(), row.fields(),
                hints.forCode(row.code()).problem())).toList();
    }

    private List<HtmlView.WarningItem> warnings(ReportData data) {
        return data.warningsByCode().entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .map(e -> {
                    FixHint hint = hints.forCode(e.getKey());
                    return new HtmlView.WarningItem(display(e.getKey()), number(e.getValue()), hint.problem(),
                            TextPart.parse(hint.fix(null, null, null)));
                }).toList();
    }

    private static HtmlView.RunItem run(RunInfo run) {
        String status = run.status() == null ? "" : run.status();
        return new HtmlView.RunItem(run.runId(), run.jobName(), status, "s-" + status.toLowerCase(Locale.ROOT),
                ReportFormat.dateTime(run.startedAt()), ReportFormat.dateTime(run.finishedAt()), run.target(),
                run.embedded(), run.retryOf() == null ? "" : "retry of " + run.retryOf());
    }

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static Long singleRun(ReportScope scope) {
        return scope.runs().size() == 1 ? scope.runs().get(0).runId() : null;
    }

    private static String label(String outcome) {
        return outcome == null || outcome.isEmpty() ? "" : outcome.charAt(0) + outcome.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String display(String code) {
        return code == null || code.isBlank() ? "(no code)" : code;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
