package com.revealsync.sync;

import com.revealsync.fingerprint.Fingerprints;
import com.revealsync.fingerprint.OrgWatermarks;
import com.revealsync.fingerprint.RowFingerprints;
import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.input.InputFiles;
import com.revealsync.lusha.input.RevealedContactReader;
import com.revealsync.run.ExportLinks;
import com.revealsync.run.OutcomeStore;
import com.revealsync.run.PipelineStages;
import com.revealsync.run.PlannerStatistics;
import com.revealsync.run.RunRecorder;
import com.revealsync.run.RunStore;
import com.revealsync.salesforce.usage.ApiBudget;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code nightlySync} job: one chunk-oriented step that reads revealed-contact batches and
 * exports them. The reader, step and job keep these names: restart state is stored under them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class NightlySyncJobConfiguration {

    static final String JOB = "nightlySync";
    static final String STEP = "nightlySync.export";
    static final String READER = "nightlySync.reader";
    /**
     * Rows a chunk's lookup may have, while the org's snapshot is unread, to query for them instead
     * (SOAP's chunk: one round of queries, a few calls) rather than read the org.
     */
    static final int SNAPSHOT_FEW_ROWS = 200;

    @Bean
    Job nightlySync(JobRepository repository, Step nightlySyncStep, RunStore runs, ActiveSessions sessions) {
        return new JobBuilder(JOB, repository)
                .listener(new RunRecorder(runs, () -> sessions.get(JOB).target().description()))
                .start(nightlySyncStep)
                .build();
    }

    @Bean
    @JobScope
    Step nightlySyncStep(JobRepository repository, PlatformTransactionManager transactions,
                         @Value("#{jobParameters['input']}") String input, ActiveSessions sessions,
                         OutcomeStore outcomes, ExportLinks remembered, RowFingerprints fingerprints,
                         OrgWatermarks watermarks, ApiBudget budget, PlannerStatistics statistics,
                         SyncProperties properties, PipelineStages stages, Clock clock) {
        SyncSession session = sessions.get(JOB);
        var files = InputFiles.resolve(input);
        RevealedContactReader reader = new RevealedContactReader(READER, files);
        Map<RecordType, Set<String>> mapped = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            mapped.put(type, session.processor().fieldsToRead(type));
        }
        LookupFields lookupFields = new LookupFields(session.describes(), mapped);
        RecordLookup perChunk = new ExistingRecordLookup(lookupFields, remembered);
        UnchangedRows unchanged = session.answerUnchanged()
                ? new UnchangedRows(Fingerprints.forPlan(session.processor().profile(), session.defaultRecordType(),
                        session.describes()), fingerprints, watermarks, remembered, lookupFields)
                : null;
        // with change detection too, the batch's rows decide: read lazily, a snapshot is read only when a
        // lookup of more than SNAPSHOT_FEW_ROWS rows comes; measured on a 100,000-row rerun with 3,778 rows
        // to look up, per-chunk lookups instead cost 53 calls against 31, in about the same time
        SnapshotLookup snapshot = session.writeMode() == WriteMode.BULK && properties.lookupSnapshotRatio() > 0
                ? new SnapshotLookup(perChunk, lookupFields, remembered, properties.lookupSnapshotRatio() * session.totalRows(),
                        SNAPSHOT_FEW_ROWS)
                : null;
        RecordLookup lookup = snapshot != null ? snapshot : perChunk;
        BulkRoute bulk = session.writeMode() == WriteMode.BULK ? new BulkRoute(properties.bulkSmallWrite()) : null;
        ChunkExporter exporter = new ChunkExporter(lookup, session.processor(), session.defaultRecordType(),
                new RecordSender(bulk, lookup), session.dryRun());
        SyncProgress progress = new SyncProgress(System.out, clock, session.totalRows());
        ExportWriter writer = new ExportWriter(session, exporter, outcomes, budget, progress, unchanged, stages);
        int chunkSize = session.writeMode() == WriteMode.BULK
                ? properties.bulkChunkRows(session.processor().profile(), session.totalRows())
                : properties.chunkSize();
        var step = new StepBuilder(STEP, repository).<InputRow, InputRow>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(new TimedReader<>(reader, stages))
                .writer(writer)
                .listener(writer)
                .listener(new StatisticsRefresh(statistics)); // PostgreSQL: lookups of tables the run grows use their indexes
        if (bulk != null) {
            step.listener(bulk); // closes the run's Bulk jobs when the step ends, however it ends
        }
        if (unchanged != null) {
            step.listener(unchanged); // stamps the orgs' watermarks when the step ends
        }
        if (snapshot != null) {
            step.listener(snapshot); // deletes the snapshot's file when the step ends, however it ends
        }
        return step.build();
    }
}
