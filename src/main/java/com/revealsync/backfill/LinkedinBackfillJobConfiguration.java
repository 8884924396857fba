package com.revealsync.backfill;

import com.revealsync.run.OutcomeStore;
import com.revealsync.run.RunRecorder;
import com.revealsync.run.RunStore;
import com.revealsync.salesforce.usage.ApiBudget;
import com.revealsync.sync.SyncProgress;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code linkedinBackfill} job: one chunk-oriented step that reads the org's records lacking the
 * chosen fields and fills them from Lusha data. The job, step, reader and changes writer keep these
 * names: restart state is stored under them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackfillProperties.class)
class LinkedinBackfillJobConfiguration {

    static final String JOB = "linkedinBackfill";
    static final String STEP = "linkedinBackfill.fill";
    static final String READER = "linkedinBackfill.reader";
    static final String CHANGES = "linkedinBackfill.changes";

    @Bean
    Job linkedinBackfill(JobRepository repository, Step linkedinBackfillStep, RunStore runs, BackfillSessions sessions) {
        return new JobBuilder(JOB, repository)
                .listener(new RunRecorder(runs, () -> sessions.get().target().description()))
                .start(linkedinBackfillStep)
                .build();
    }

    @Bean
    @JobScope
    Step linkedinBackfillStep(JobRepository repository, PlatformTransactionManager transactions, BackfillSessions sessions,
                              OutcomeStore outcomes, ApiBudget budget, BackfillProperties properties, Clock clock) {
        BackfillSession session = sessions.get();
        OrgRecordReader reader = new OrgRecordReader(READER, session.gateway(), session.fills(), properties.pageSize());
        FlatFileItemWriter<FieldChange> changes = session.changesCsv() == null ? null
                : ChangesCsv.writer(CHANGES, session.changesCsv());
        BackfillWriter writer = new BackfillWriter(session, outcomes, budget, new SyncProgress(System.out, clock, -1), changes);
        ChunkOrientedStepBuilder<OrgRecord, OrgRecord> step = new StepBuilder(STEP, repository).<OrgRecord, OrgRecord>chunk(properties.chunkSize())
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .listener(writer);
        if (changes != null) {
            step.stream(changes);
        }
        return step.build();
    }
}
