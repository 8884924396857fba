package com.revealsync.report;

import com.revealsync.cli.RevealSyncCommand;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code report (--run ID | --last | --since DATE) --out DIR}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the error report of one or more runs: errors.csv (every skipped or failed row, "
                + "with a fix hint and its source columns), warnings.csv and report.html.")
public final class ReportCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--run", paramLabel = "ID", description = "One run.")
        Long run;

        @Option(names = "--last", description = "The most recent run.")
        boolean last;

        @Option(names = "--since", paramLabel = "DATE",
                description = "Every run started since DATE: 2025-06-02, 2025-06-02T08:00, or a period back from now "
                        + "(7d, 24h, 2w, P7D). Local time.")
        String since;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created).")
    Path out;

    @Spec
    CommandSpec spec;

    private final ReportService reports;

    public ReportCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        ReportSelection selection = which.run != null ? new ReportSelection.Run(which.run)
                : which.last ? new ReportSelection.Last()
                : new ReportSelection.Since(SinceParser.parse(which.since, Clock.systemDefaultZone()));
        ReportFiles files = reports.write(selection, out);
        var console = spec.commandLine().getOut();
        console.printf("report of %s: %s rows, %s did not go, %s warning(s)%n", files.scope().description(),
                ReportFormat.number(files.totalRows()), ReportFormat.number(files.errorRows()),
                ReportFormat.number(files.warnings()));
        console.println("  " + files.html().toAbsolutePath().normalize());
        console.println("  " + files.errorsCsv().toAbsolutePath().normalize());
        console.println("  " + files.warningsCsv().toAbsolutePath().normalize());
        console.flush();
        return RevealSyncCommand.OK;
    }
}
