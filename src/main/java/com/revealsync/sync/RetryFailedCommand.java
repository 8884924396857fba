package com.revealsync.sync;

import com.revealsync.cli.UserError;
import com.revealsync.run.RunStore;
import com.revealsync.run.RunSummaries;
import com.revealsync.run.RunSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code retry-failed --run ID}: after the admin fixed the mapping or a user reconnected, runs that
 * run's SKIPPED and FAILED rows again, as a new run linked to the first.
 */
@Command(name = "retry-failed", mixinStandardHelpOptions = true,
        description = "Runs a run's skipped and failed rows again, as a new run linked to it.")
public final class RetryFailedCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "ID", description = "The run whose rows to retry.")
    long runId;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Mapping profile (default: the sync's).")
    Path mapping;

    @Option(names = "--api", defaultValue = "auto", paramLabel = "auto|soap|bulk")
    String api;

    @Option(names = "--summary-json", paramLabel = "FILE")
    Path summaryJson;

    private final SyncRunner runner;
    private final FailedRows failedRows;
    private final RunStore runs;
    private final RunSummaries summaries;
    private final Path dataDir;

    public RetryFailedCommand(SyncRunner runner, FailedRows failedRows, RunStore runs, RunSummaries summaries,
                              @Value("${reveal-sync.data-dir:data}") Path dataDir) {
        this.runner = runner;
        this.failedRows = failedRows;
        this.runs = runs;
        this.summaries = summaries;
        this.dataDir = dataDir;
    }

    @Override
    public Integer call() throws Exception {
        var run = runs.find(runId).orElseThrow(() -> new UserError("there is no run " + runId + " (see `report --last`)"));
        if (!NightlySyncJobConfiguration.JOB.equals(run.jobName())) {
            throw new UserError("run " + runId + " is a " + run.jobName() + " run, not a sync: its rows are Salesforce records,"
                    + " not revealed contacts. Run the same " + run.jobName() + " command again instead");
        }
        FailedRows.Export export = failedRows.export(runId, dataDir.resolve("retries").resolve("run-" + runId + ".csv"));
        System.out.printf("retrying %,d row(s) of run %d from %s%n", export.rows(), runId, export.file());
        if (!export.unreadable().isEmpty()) {
            System.out.println("not retried (the file itself must be fixed and synced again): " + export.unreadable());
        }
        ApiChoice choice = ApiChoice.valueOf(api.toUpperCase(java.util.Locale.ROOT));
        RunSummary summary = runner.run(new SyncRequest(export.file().toString(), mapping, choice, false, summaryJson,
                runId), System.out);
        if (summaryJson != null) {
            summaries.writeJson(summary, summaryJson);
        }
        return summary.exitCode();
    }
}
