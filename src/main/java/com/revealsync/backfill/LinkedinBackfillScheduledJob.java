package com.revealsync.backfill;

import com.revealsync.run.RunSummary;
import com.revealsync.schedule.RunResult;
import com.revealsync.schedule.ScheduledJob;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The backfill as a schedule runs it ({@code job: linkedinBackfill}; parameters {@code fields}, and
 * optionally {@code object} and {@code source}). It uses the active mapping profile's Allow Override
 * flags and refuses a profile file that changed since it was activated.
 */
@Component
public class LinkedinBackfillScheduledJob implements ScheduledJob {

    private final BackfillRunner runner;

    public LinkedinBackfillScheduledJob(BackfillRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return LinkedinBackfillJobConfiguration.JOB;
    }

    @Override
    public List<String> checkParameters(Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        if (parameters.getOrDefault("fields", "").isBlank()) {
            problems.add("parameters.fields: which fields to fill is missing (e.g. linkedin_url,country,city)");
        }
        try {
            BackfillCommand.recordType(parameters.get("object"));
        } catch (RuntimeException e) {
            problems.add("parameters.object: " + e.getMessage().replace("--object ", ""));
        }
        return problems;
    }

    @Override
    public RunResult run(Map<String, String> parameters) {
        RunSummary summary;
        try {
            BackfillRequest request = new BackfillRequest(Arrays.asList(parameters.get("fields").split(",")),
                    BackfillCommand.recordType(parameters.get("object")), parameters.get("source"), null, false, null);
            summary = runner.run(request, new PrintStream(System.out, true));
        } catch (Exception e) {
            return RunResult.failed(e.getMessage());
        }
        return RunResult.ofExitCode(summary.exitCode(), summary.runId(), summary.toText());
    }
}
