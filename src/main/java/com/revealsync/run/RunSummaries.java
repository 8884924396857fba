package com.revealsync.run;

import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallCounts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a run's summary from what the app database holds (so a restarted run counts every row of
 * the run, not only this attempt's), records it on the run, prints it and writes the JSON file.
 */
@Component
public class RunSummaries {

    private final OutcomeStore outcomes;
    private final RunStore runs;
    private final ApiCallCounter counter;
    private final JsonMapper json = JsonMapper.builder().build();

    public RunSummaries(OutcomeStore outcomes, RunStore runs, ApiCallCounter counter) {
        this.outcomes = outcomes;
        this.runs = runs;
        this.counter = counter;
    }

    /** The API calls made so far by this process; a run's calls are the difference. */
    public ApiCallCounts apiCalls() {
        return counter.snapshot();
    }

    public RunSummary summarise(JobExecution execution, ApiCallCounts before, long durationMs, PrintStream out) {
        return summarise(execution, before, durationMs, Map.of(), out);
    }

    /** As {@link #summarise(JobExecution, ApiCallCounts, long, PrintStream)}, with the run's time by stage ({@link PipelineStages#since}). */
    public RunSummary summarise(JobExecution execution, ApiCallCounts before, long durationMs, Map<String, Long> stageMs,
                                PrintStream out) {
        long runId = execution.getJobInstanceId();
        OutcomeStore.Counts all = outcomes.counts(runId);
        Map<Outcome, Long> counts = all.byOutcome();
        long read = counts.values().stream().mapToLong(Long::longValue).sum();
        String status = execution.getStatus().name();
        ApiCallCounts calls = counter.snapshot().minus(before);
        RunSummary summary = new RunSummary(runId, status, read, counts.get(Outcome.CREATED),
                counts.get(Outcome.UPDATED), counts.get(Outcome.UNCHANGED), counts.get(Outcome.SKIPPED),
                counts.get(Outcome.FAILED), calls.asSummary(), calls.byOperation(), durationMs, Math.min(calls.waitedMillis(), durationMs),
                all.problemsByCode(), stageMs);
        runs.finished(runId, status, json.writeValueAsString(summary));
        out.println(summary.toText());
        if (!"COMPLETED".equals(status)) {
            execution.getAllFailureExceptions().stream().findFirst().ifPresent(e ->
                    out.println("the run stopped: " + rootMessage(e)));
            out.println("nothing is lost: run the same command again to resume from the last committed chunk");
        }
        return summary;
    }

    /** Writes the summary where {@code --summary-json} asked. */
    public void writeJson(RunSummary summary, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary to " + file, e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
