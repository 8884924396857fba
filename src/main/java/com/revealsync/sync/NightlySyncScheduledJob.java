package com.revealsync.sync;

import com.revealsync.cli.UserError;
import com.revealsync.lusha.input.InputFiles;
import com.revealsync.run.RunSummary;
import com.revealsync.schedule.RunResult;
import com.revealsync.schedule.ScheduledJob;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The nightly sync as a schedule runs it ({@code job: nightlySync}): every batch in the inbox folder
 * ({@code parameters.input}). An empty inbox is a quiet night, not a failure. After a run that
 * completed, its batches move to {@code <inbox>/processed/<date>/}, so the next night sends only
 * new ones; after a failed run they stay, and the next fire resumes the run.
 */
@Component
public class NightlySyncScheduledJob implements ScheduledJob {

    private static final Logger LOG = LoggerFactory.getLogger(NightlySyncScheduledJob.class);

    private final SyncRunner runner;
    private final Clock clock;

    public NightlySyncScheduledJob(SyncRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NightlySyncJobConfiguration.JOB;
    }

    @Override
    public List<String> checkParameters(Map<String, String> parameters) {
        List<String> problems = new ArrayList<>();
        if (parameters.getOrDefault("input", "").isBlank()) {
            problems.add("parameters.input: the inbox folder (or glob) of revealed-contact batches is missing");
        }
        String api = parameters.getOrDefault("api", "auto");
        try {
            ApiChoice.valueOf(api.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("parameters.api: must be auto, soap or bulk, not '" + api + "'");
        }
        return problems;
    }

    @Override
    public RunResult run(Map<String, String> parameters) {
        String input = parameters.get("input");
        List<Path> files;
        try {
            files = InputFiles.resolve(input);
        } catch (UserError e) {
            LOG.info("nightly sync: nothing to do ({})", e.getMessage());
            return new RunResult(RunResult.Status.SUCCEEDED, null, "no batches: " + e.getMessage(), null);
        }
        ApiChoice api = ApiChoice.valueOf(parameters.getOrDefault("api", "auto").toUpperCase(java.util.Locale.ROOT));
        RunSummary summary;
        try {
            summary = runner.run(new SyncRequest(input, null, api, false, null), new PrintStream(System.out, true));
        } catch (Exception e) {
            return RunResult.failed(e.getMessage());
        }
        if ("COMPLETED".equals(summary.status())) {
            moveToProcessed(files);
        }
        return RunResult.ofExitCode(summary.exitCode(), summary.runId(), summary.toText());
    }

    private void moveToProcessed(List<Path> files) {
        for (Path file : files) {
            Path folder = file.toAbsolutePath().getParent().resolve("processed").resolve(LocalDate.now(clock).toString());
            try {
                Files.createDirectories(folder);
                Files.move(file, folder.resolve(file.getFileName()));
            } catch (IOException e) {
                throw new UncheckedIOException("the run completed but " + file + " could not be moved to " + folder, e);
            }
        }
    }
}
