package com.revealsync.schedule;

import com.revealsync.cli.UserError;
import com.revealsync.report.ReportFiles;
import com.revealsync.report.ReportSelection;
import com.revealsync.report.ReportService;
import com.revealsync.report.SinceParser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code errorReport}: the error report of every run since {@code since} (default {@code 7d}),
 * written into a new folder {@code error-report-YYYY-MM-DD_HHMMSS} under {@code out} (default
 * {@code reports}).
 */
@Component
public class ErrorReportJob implements ScheduledJob {

    static final String NAME = "errorReport";
    private static final Set<String> PARAMETERS = Set.of("since", "out");
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("'error-report-'yyyy-MM-dd_HHmmss");

    private final ReportService reports;
    private final Clock clock;

    @Autowired
    public ErrorReportJob(ReportService reports) {
        this(reports, Clock.systemDefaultZone());
    }

    ErrorReportJob(ReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RunResult run(Map<String, String> parameters) {
        LocalDateTime since = SinceParser.parse(parameters.getOrDefault("since", "7d"), clock);
        Path folder = Path.of(parameters.getOrDefault("out", "reports")).resolve(LocalDateTime.now(clock).format(FOLDER));
        ReportFiles files = reports.write(new ReportSelection.Since(since), folder);
        return new RunResult(RunResult.Status.SUCCEEDED, null, "error report of " + files.scope().description() + ": "
                + files.errorRows() + " row(s) did not go", files.html());
    }

    @Override
    public List<String> checkParameters(Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        parameters.keySet().stream().filter(key -> !PARAMETERS.contains(key)).sorted().forEach(key ->
                problems.add("parameters." + key + ": unknown parameter of errorReport (known: since, out)"));
        if (parameters.containsKey("since")) {
            try {
                SinceParser.parse(parameters.get("since"), clock);
            } catch (UserError e) {
                problems.add("parameters." + e.getMessage());
            }
        }
        return problems;
    }
}
