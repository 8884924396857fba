package com.revealsync.backfill;

import com.revealsync.cli.UserError;
import com.revealsync.lusha.RecordType;
import com.revealsync.run.RunSummaries;
import com.revealsync.run.RunSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backfill}: fills fields missing in Salesforce from Lusha data, touching nothing else. */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = {"Finds the Leads, Contacts and Accounts in Salesforce that lack any of the fields, and fills",
                "only those (or filled ones where the mapping profile allows override) from Lusha data: the rows",
                "earlier syncs stored, or --source. Which Salesforce field each field fills: jobs/linkedin-backfill.yml.",
                "Exit codes: 0 every record updated or unchanged; 3 some skipped or failed;",
                "1 the run failed (the same command resumes it); 2 usage or configuration error."})
public final class BackfillCommand implements Callable<Integer> {

    @Option(names = "--fields", required = true, split = ",", paramLabel = "FIELD[,FIELD...]",
            description = "Any of linkedin_url, website, country, city, industry, annual_revenue.")
    List<String> fields;

    @Option(names = "--object", paramLabel = "Lead|Contact|Account", description = "Only this object (default: all three).")
    String object;

    @Option(names = "--source", paramLabel = "FILE|DIR|GLOB",
            description = "Take the Lusha data from revealed-contact files instead of earlier syncs' rows.")
    String source;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Profile whose Allow Override flags apply (default: the active one).")
    Path mapping;

    @Option(names = "--dry-run", description = "Plan every change and write it to a CSV; send nothing.")
    boolean dryRun;

    @Option(names = "--changes-csv", paramLabel = "FILE",
            description = "Write the changes (record, field, old and new value) here (default for --dry-run: reveal-sync.backfill.dry-run-csv).")
    Path changesCsv;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "Also write the run's summary as JSON.")
    Path summaryJson;

    private final BackfillRunner runner;
    private final RunSummaries summaries;

    public BackfillCommand(BackfillRunner runner, RunSummaries summaries) {
        this.runner = runner;
        this.summaries = summaries;
    }

    @Override
    public Integer call() throws Exception {
        RunSummary summary = runner.run(new BackfillRequest(fields, recordType(object), source, mapping, dryRun, changesCsv),
                System.out);
        if (summaryJson != null) {
            summaries.writeJson(summary, summaryJson);
        }
        return summary.exitCode();
    }

    static RecordType recordType(String object) {
        if (object == null || object.isBlank()) {
            return null;
        }
        for (RecordType t : RecordType.values()) {
            if (t.name().equalsIgnoreCase(object.strip())) {
                return t;
            }
        }
        throw new UserError("--object must be Lead, Contact or Account, not '" + object + "'");
    }
}
