package com.revealsync.sync;

import com.revealsync.activemapping.ActiveMapping;
import com.revealsync.activemapping.RunProfile;
import com.revealsync.cli.UserError;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.input.InputCheck;
import com.revealsync.lusha.input.InputFiles;
import com.revealsync.mapping.MappingProcessor;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.validation.ProfileInvalidException;
import com.revealsync.run.PipelineStages;
import com.revealsync.run.RunLauncher;
import com.revealsync.run.RunRecorder;
import com.revealsync.run.RunSummaries;
import com.revealsync.run.RunSummary;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import com.revealsync.salesforce.metadata.WscDescribes;
import com.revealsync.target.SalesforceTarget;
import com.revealsync.target.TargetFactory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Service;

/**
 * Runs the nightly sync: checks everything that can be checked before a record is sent (the input
 * files, the mapping profile against the org's describe), then starts the job, or restarts the
 * unfinished run of the same command, and returns its summary. Used by the {@code sync} command and
 * by the schedules. A run that names no profile (every scheduled run) uses the active one, and
 * refuses it when its file changed since it passed Test Mapping ({@link ActiveMapping#forRun}).
 */
@Service
public class SyncRunner {

    private final TargetFactory targets;
    private final ActiveSessions sessions;
    private final RunLauncher launcher;
    private final Job nightlySync;
    private final SyncProperties properties;
    private final RunSummaries summaries;
    private final ActiveMapping activeMapping;
    private final PipelineStages stages;

    public SyncRunner(TargetFactory targets, ActiveSessions sessions, RunLauncher launcher, Job nightlySync,
                      SyncProperties properties, RunSummaries summaries, ActiveMapping activeMapping,
                      PipelineStages stages) {
        this.targets = targets;
        this.sessions = sessions;
        this.launcher = launcher;
        this.nightlySync = nightlySync;
        this.properties = properties;
        this.summaries = summaries;
        this.activeMapping = activeMapping;
        this.stages = stages;
    }

    public RunSummary run(SyncRequest request, PrintStream out) throws Exception {
        List<Path> files = InputFiles.resolve(request.input());
        long rows = InputCheck.check(files).lines(); // an upper bound: a quoted value may span lines
        RunProfile chosen = activeMapping.forRun(request.mapping(), properties.mapping());
        MappingProfile profile = chosen.profile();
        String mappingFile = chosen.file();
        out.println("mapping: " + mappingFile + ", " + chosen.origin());
        long started = System.nanoTime();
        var callsBefore = summaries.apiCalls();
        var stagesBefore = stages.snapshot();
        try (SalesforceTarget target = targets.open()) {
            out.println("target: " + target.description());
            Map<RecordType, SObjectDescribe> describes = describe(target);
            WriteMode mode = request.api().resolve(rows, properties.bulkThreshold());
            MappingProcessor processor = compile(profile, describes);
            sessions.put(nightlySync.getName(), new SyncSession(target, processor,
                    properties.defaultRecordType(), describes, mode, request.dryRun(), rows,
                    !request.dryRun() && !request.checkAll() && properties.changeDetection()));
            out.printf("sync: up to %,d rows in %d file(s), mapping %s, via %s%s%n", rows, files.size(), mappingFile,
                    mode == WriteMode.BULK ? String.format("the Bulk API, %,d rows a chunk (bulk-chunk-size: %s)",
                            properties.bulkChunkRows(profile, rows), properties.bulkChunkSize()) : "the SOAP API",
                    request.dryRun() ? " (dry run)" : "");
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("input", request.input());
            settings.put("mapping", mappingFile);
            settings.put("api", request.api().toString());
            settings.put("dryRun", Boolean.toString(request.dryRun()));
            if (request.checkAll()) {
                settings.put("checkAll", "true");
            }
            if (request.retryOf() != null) {
                settings.put(RunRecorder.RETRY_OF, request.retryOf().toString());
            }
            JobExecution execution;
            try {
                execution = launcher.run(nightlySync, settings);
            } finally {
                sessions.remove(nightlySync.getName());
            }
            return summaries.summarise(execution, callsBefore, (System.nanoTime() - started) / 1_000_000,
                    stages.since(stagesBefore), out);
        }
    }

    /** The profile checked against the org's describes and compiled: exit 2, nothing sent, when it does not fit. */
    private static MappingProcessor compile(MappingProfile profile, Map<RecordType, SObjectDescribe> describes) {
        try {
            return MappingProcessor.compile(profile, describes);
        } catch (ProfileInvalidException e) {
            throw new UserError("the mapping profile " + profile.source() + " does not fit the org; nothing was sent:\n"
                    + e.problems().stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
    }

    /**
     * The describes of Lead, Contact and Account, fetched together in one API call (the org's daily
     * allowance is shared); an object the org refuses is still reported by its own describe.
     */
    private static Map<RecordType, SObjectDescribe> describe(SalesforceTarget target) {
        SalesforceGateway gateway = target.adminGateway();
        gateway.prefetchDescribes(Arrays.stream(RecordType.values()).map(RecordType::name).toList());
        Map<RecordType, SObjectDescribe> describes = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            describes.put(type, WscDescribes.toDescribe(gateway.describe(type.name())));
        }
        return describes;
    }
}
