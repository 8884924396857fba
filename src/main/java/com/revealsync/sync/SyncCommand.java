package com.revealsync.sync;

import com.revealsync.run.RunSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sync}: the nightly sync of revealed contacts into Salesforce. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Exports revealed contacts to Salesforce as Leads, Contacts and Accounts.",
                "Without a configured Salesforce it runs against the embedded test org in ./data/org.",
                "Exit codes: 0 every row created, updated or unchanged; 3 some rows skipped or failed;",
                "1 the run failed (the same command resumes it); 2 usage or configuration error."})
public final class SyncCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR|GLOB",
            description = "A revealed-contact CSV file, a folder of them, or a glob such as 'inbox/*.csv'.")
    String input;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Mapping profile (default: reveal-sync.sync.mapping, jobs/mapping/default.yml).")
    Path mapping;

    @Option(names = "--api", defaultValue = "auto", paramLabel = "auto|soap|bulk",
            description = "auto: the Bulk API above reveal-sync.sync.bulk-threshold rows (default ${DEFAULT-VALUE}).")
    String api;

    @Option(names = "--dry-run", description = "Look up and plan every row, send nothing.")
    boolean dryRun;

    @Option(names = "--check-all", description = "Check every row against the org, also rows unchanged since their"
            + " last export (README \"Unchanged rows\").")
    boolean checkAll;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Also write the run's summary as JSON.")
    Path summaryJson;

    private final SyncRunner runner;
    private final com.revealsync.run.RunSummaries summaries;

    public SyncCommand(SyncRunner runner, com.revealsync.run.RunSummaries summaries) {
        this.runner = runner;
        this.summaries = summaries;
    }

    @Override
    public Integer call() throws Exception {
        ApiChoice choice;
        try {
            choice = ApiChoice.valueOf(api.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new com.revealsync.cli.UserError("--api must be auto, soap or bulk, not '" + api + "'");
        }
        RunSummary summary = runner.run(new SyncRequest(input, mapping, choice, dryRun, summaryJson, null, checkAll), System.out);
        if (summaryJson != null) {
            summaries.writeJson(summary, summaryJson);
        }
        return summary.exitCode();
    }
}
