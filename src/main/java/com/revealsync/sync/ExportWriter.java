package com.revealsync.sync;

import com.revealsync.connection.NotConnectedException;
import com.revealsync.connection.crypto.TokenStoreException;
import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import com.revealsync.run.OutcomeStore;
import com.revealsync.run.RowOutcome;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.usage.ApiBudget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk: rows that could not be read are skipped with their problem; the others go out
 * grouped by their Lusha user (through that user's connection in per-user mode), wave by wave.
 * Every row of the chunk ends in exactly one outcome, stored in the chunk's transaction.
 *
 * <p>Before a chunk is sent, the API budget is checked: past it the step fails before sending
 * anything of the chunk, and the same command resumes at that chunk later.
 */
final class ExportWriter implements ItemWriter<InputRow>, StepExecutionListener {

    private final SyncSession session;
    private final ChunkExporter exporter;
    private final OutcomeStore store;
    private final ApiBudget budget;
    private final SyncProgress progress;
    private long runId;

    ExportWriter(SyncSession session, ChunkExporter exporter, OutcomeStore store, ApiBudget budget,
                 SyncProgress progress) {
        this.session = session;
        this.exporter = exporter;
        this.store = store;
        this.budget = budget;
        this.progress = progress;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstanceId();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        progress.finish();
        return stepExecution.getExitStatus();
    }

    @Override
    public void write(Chunk<? extends InputRow> chunk) {
        List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
        Map<String, List<RevealedContact>> byUser = new LinkedHashMap<>();
        for (InputRow row : chunk) {
            if (row instanceof RevealedContact c) {
                byUser.computeIfAbsent(c.revealedBy().toLowerCase(Locale.ROOT), u -> new ArrayList<>()).add(c);
            } else {
                outcomes.add(Outcomes.problem((RowProblem) row));
            }
        }
        byUser.forEach((user, contacts) -> outcomes.addAll(exportUser(user, contacts)));
        store.saveAll(runId, outcomes);
        progress.rowsDone(outcomes);
    }

    private List<RowOutcome> exportUser(String user, List<RevealedContact> contacts) {
        List<RowOutcome> outcomes = new ArrayList<>(contacts.size());
        SalesforceGateway gateway;
        try {
            gateway = session.target().gatewayFor(user);
            budget.check(gateway.apiUsage());
        } catch (NotConnectedException e) {
            contacts.forEach(c -> outcomes.add(Outcomes.skipped(c, "NOT_CONNECTED", e.getMessage())));
            return outcomes;
        } catch (ReconnectRequiredException e) {
            contacts.forEach(c -> outcomes.add(Outcomes.skipped(c, "RECONNECT_REQUIRED", e.getMessage())));
            return outcomes;
        } catch (TokenStoreException e) {
            // one user's stored tokens cannot be read (another key, an altered value): that user
            // must connect again; everyone else's rows go on
            contacts.forEach(c -> outcomes.add(Outcomes.skipped(c, "CONNECTION_UNREADABLE", e.getMessage())));
            return outcomes;
        }
        List<List<RevealedContact>> waves = Waves.split(contacts);
        for (int i = 0; i < waves.size(); i++) {
            try {
                outcomes.addAll(exporter.export(gateway, waves.get(i)));
            } catch (ReconnectRequiredException e) {
                // this user's session was refused for good: the rest of their rows wait for a reconnect
                for (List<RevealedContact> rest : waves.subList(i, waves.size())) {
                    rest.forEach(c -> outcomes.add(Outcomes.skipped(c, "RECONNECT_REQUIRED", e.getMessage())));
                }
                break;
            }
        }
        return outcomes;
    }
}
