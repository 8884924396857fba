package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import com.revealsync.run.OutcomeStore;
import com.revealsync.run.RowOutcome;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.usage.ApiBudget;
import com.revealsync.sync.OutcomeRecordingWriter;
import com.revealsync.sync.SyncProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * Backfills one chunk of records: finds their Lusha data (one lookup per object and chunk), plans
 * each record, sends the updates (only the fields to fill; a dry run sends nothing), and stores one
 * outcome per record in the chunk's transaction, with the changes CSV lines committed alongside.
 * The API budget is checked before a chunk is sent: past it the step stops, and the same command
 * resumes at that chunk.
 */
final class BackfillWriter extends OutcomeRecordingWriter<OrgRecord> {

    private final BackfillSession session;
    private final ApiBudget budget;
    private final FlatFileItemWriter<FieldChange> changes;

    /** @param changes the changes CSV, or null when none is written */
    BackfillWriter(BackfillSession session, OutcomeStore store, ApiBudget budget, SyncProgress progress,
                   FlatFileItemWriter<FieldChange> changes) {
        super(store, progress);
        this.session = session;
        this.budget = budget;
        this.changes = changes;
    }

    @Override
    public void write(Chunk<? extends OrgRecord> chunk) throws Exception {
        budget.check(session.gateway().apiUsage());
        Map<RecordType, List<OrgRecord>> byType = new LinkedHashMap<>();
        for (OrgRecord r : chunk) {
            byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
        }
        List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
        List<FieldChange> changed = new ArrayList<>();
        byType.forEach((type, records) -> {
            ObjectFill fill = session.fill(type);
            Map<String, LushaData> data = session.data().find(type, records);
            List<RecordPlan> plans = records.stream().map(r -> BackfillPlanner.plan(r, data.get(r.id()), fill)).toList();
            Map<String, WriteResult> results = send(type, plans);
            for (RecordPlan plan : plans) {
                WriteResult result = results.get(plan.record().id());
                outcomes.add(BackfillOutcomes.of(plan, result, session.dryRun()));
                if (plan.writes() && (result == null || result.success())) {
                    changed.addAll(plan.changes());
                }
            }
        });
        if (changes != null && !changed.isEmpty()) {
            changes.write(new Chunk<>(changed));
        }
        record(outcomes);
    }

    /** The updates of the records that have something to write, by record Id; nothing in a dry run. */
    private Map<String, WriteResult> send(RecordType type, List<RecordPlan> plans) {
        List<RecordWrite> updates = plans.stream().filter(RecordPlan::writes)
                .map(p -> RecordWrite.update(p.record().id(), p.record().id(), p.values())).toList();
        Map<String, WriteResult> results = new HashMap<>();
        if (!updates.isEmpty() && !session.dryRun()) {
            session.gateway().update(type.name(), updates).forEach(r -> results.put(r.key(), r));
        }
        return results;
    }
}
