package com.revealsync.backfill;

import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.activemapping.RunProfile;
import com.revealsync.lusha.input.InputFiles;
import com.revealsync.run.RunLauncher;
import com.revealsync.run.RunSummaries;
import com.revealsync.run.RunSummary;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.metadata.GatewayDescribeSource;
import com.revealsync.sync.SyncProperties;
import com.revealsync.target.SalesforceTarget;
import com.revealsync.target.TargetFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs the backfill: checks everything that can be checked before a record is read (the fields
 * against the org's describes, the profile, the source file), then starts the job, or restarts the
 * unfinished run of the same command, and returns its summary. Used by {@code backfill} and by the
 * schedules.
 */
@Service
public class BackfillRunner {

    private final TargetFactory targets;
    private final BackfillSessions sessions;
    private final RunLauncher launcher;
    private final Job linkedinBackfill;
    private final BackfillProperties properties;
    private final SyncProperties sync;
    private final ActiveMapping activeMapping;
    private final RunSummaries summaries;
    private final JdbcTemplate jdbc;

    public BackfillRunner(TargetFactory targets, BackfillSessions sessions, RunLauncher launcher, Job linkedinBackfill,
                          BackfillProperties properties, SyncProperties sync, ActiveMapping activeMapping,
                          RunSummaries summaries, JdbcTemplate jdbc) {
        this.targets = targets;
        this.sessions = sessions;
        this.launcher = launcher;
        this.linkedinBackfill = linkedinBackfill;
        this.properties = properties;
        this.sync = sync;
        this.activeMapping = activeMapping;
        this.summaries = summaries;
        this.jdbc = jdbc;
    }

    public RunSummary run(BackfillRequest request, PrintStream out) throws Exception {
        List<String> fields = FillPlan.fieldNames(properties.fieldMap(), request.fields());
        RunProfile profile = activeMapping.forRun(request.mapping(), sync.mapping());
        LushaDataSource data = request.source() == null ? new StoredRows(jdbc)
                : SourceFile.load(request.source(), InputFiles.resolve(request.source()));
        Path csv = request.changesCsv() != null ? request.changesCsv() : request.dryRun() ? properties.dryRunCsv() : null;
        long started = System.nanoTime();
        var callsBefore = summaries.apiCalls();
        try (SalesforceTarget target = targets.open()) {
            out.println("target: " + target.description());
            SalesforceGateway gateway = target.adminGateway();
            List<ObjectFill> fills = FillPlan.resolve(properties.fieldMap(), fields, request.object(),
                    new GatewayDescribeSource(gateway), profile.profile());
            fills.forEach(f -> out.println("backfill " + f.type() + ": " + describe(f)));
            out.println("Lusha data: " + data.description() + "; Allow Override from " + profile.file() + " (" + profile.origin() + ")");
            if (request.dryRun()) {
                out.println("dry run: nothing is sent; the planned changes go to " + csv);
            }
            sessions.open(new BackfillSession(target, gateway, fills, data, request.dryRun(), csv));
            JobExecution execution;
            try (StoredRowIndexes indexes = data instanceof StoredRows ? StoredRowIndexes.build(jdbc) : null) {
                execution = launcher.run(linkedinBackfill, settings(request, fields, profile, csv));
            } finally {
                sessions.close();
            }
            RunSummary summary = summaries.summarise(execution, callsBefore, (System.nanoTime() - started) / 1_000_000, out);
            Long noData = jdbc.queryForObject("SELECT COUNT(*) FROM row_outcome WHERE run_id = ? AND warnings_json LIKE ?",
                    Long.class, summary.runId(), "%\"" + BackfillPlanner.NO_LUSHA_DATA + "\"%");
            out.printf("  records without any Lusha data: %,d (left as they are)%n", noData);
            if (csv != null) {
                out.println("  changes: " + csv);
            }
            return summary;
        }
    }

    private static Map<String, String> settings(BackfillRequest request, List<String> fields, RunProfile profile, Path csv) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("fields", String.join(",", fields));
        settings.put("object", request.object() == null ? "" : request.object().name());
        settings.put("source", request.source() == null ? "" : request.source());
        settings.put("mapping", profile.file());
        settings.put("dryRun", Boolean.toString(request.dryRun()));
        settings.put("changesCsv", csv == null ? "" : csv.toString());
        return settings;
    }

    /** "LinkedIn_URL__c <- Contact LinkedIn URL, MailingCity <- Contact City (Allow Override)". */
    private static String describe(ObjectFill fill) {
        return fill.fields().stream().map(f -> f.target().name() + " <- " + f.lusha().displayName()
                + (f.allowOverride() ? " (Allow Override)" : "")).collect(Collectors.joining(", "));
    }
}
