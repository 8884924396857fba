package com.revealsync.sync;

import com.revealsync.connection.NotConnectedException;
import com.revealsync.connection.crypto.TokenStoreException;
import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowProblem;
import com.revealsync.lusha.RowRef;
import com.revealsync.run.OutcomeStore;
import com.revealsync.run.PipelineStages;
import com.revealsync.run.PipelineStages.Stage;
import com.revealsync.run.RowOutcome;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.usage.ApiBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Writes one chunk: rows that could not be read are skipped with their problem; the others go out
 * through their Lusha user's session (that user's connection in per-user mode), grouped by session,
 * wave by wave.
 * Rows unchanged since their last export are answered first ({@link UnchangedRows}); the rest are
 * looked up, planned and written. Every row of the chunk ends in exactly one outcome, stored in the
 * chunk's transaction.
 *
 * <p>Before a chunk is sent, the API budget is checked: past it the step fails before sending
 * anything of the chunk, and the same command resumes at that chunk later.
 */
final class ExportWriter extends OutcomeRecordingWriter<InputRow> {

    private final SyncSession session;
    private final ChunkExporter exporter;
    private final ApiBudget budget;
    /** Null where rows are not answered from fingerprints (a dry run, change detection off). */
    private final UnchangedRows unchanged;
    private final PipelineStages stages;

    ExportWriter(SyncSession session, ChunkExporter exporter, OutcomeStore store, ApiBudget budget,
                 SyncProgress progress, UnchangedRows unchanged, PipelineStages stages) {
        super(store, progress);
        this.session = session;
        this.exporter = exporter;
        this.budget = budget;
        this.unchanged = unchanged;
        this.stages = stages;
    }

    @Override
    public void write(Chunk<? extends InputRow> chunk) {
        List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
        Map<String, Connection> byUser = new HashMap<>();
        // Users who share a session (a service account, the embedded org) go out together: one set
        // of lookups and one write per object for the chunk, not one per Lusha user.
        Map<SalesforceGateway, List<RevealedContact>> byGateway = new LinkedHashMap<>();
        for (InputRow row : chunk) {
            if (row instanceof RevealedContact c) {
                Connection connection = byUser.computeIfAbsent(c.revealedBy().toLowerCase(Locale.ROOT), this::connect);
                if (connection.gateway() != null) {
                    byGateway.computeIfAbsent(connection.gateway(), g -> new ArrayList<>()).add(c);
                } else {
                    outcomes.add(Outcomes.skipped(c, connection.skipCode(), connection.skipMessage()));
                }
            } else {
                outcomes.add(Outcomes.problem((RowProblem) row));
            }
        }
        byGateway.forEach((gateway, contacts) -> outcomes.addAll(export(gateway, contacts)));
        long start = stages.start();
        record(outcomes);
        stages.add(Stage.STORE_OUTCOMES, start);
    }

    /** A Lusha user's session, or why their rows are skipped. */
    private record Connection(SalesforceGateway gateway, String skipCode, String skipMessage) {
    }

    private Connection connect(String user) {
        try {
            SalesforceGateway gateway = session.target().gatewayFor(user);
            budget.check(gateway.apiUsage());
            return new Connection(gateway, null, null);
        } catch (NotConnectedException e) {
            return new Connection(null, "NOT_CONNECTED", e.getMessage());
        } catch (ReconnectRequiredException e) {
            return new Connection(null, "RECONNECT_REQUIRED", e.getMessage());
        } catch (TokenStoreException e) {
            // one user's stored tokens cannot be read (another key, an altered value): that user
            // must connect again; everyone else's rows go on
            return new Connection(null, "CONNECTION_UNREADABLE", e.getMessage());
        }
    }

    private List<RowOutcome> export(SalesforceGateway gateway, List<RevealedContact> contacts) {
        List<RowOutcome> outcomes = new ArrayList<>(contacts.size());
        UnchangedRows.Split split;
        long start = stages.start();
        try {
            split = unchanged == null ? null : unchanged.split(gateway, contacts);
        } catch (ReconnectRequiredException e) {
            contacts.forEach(c -> outcomes.add(Outcomes.skipped(c, "RECONNECT_REQUIRED", e.getMessage())));
            return outcomes;
        } finally {
            stages.add(Stage.ANSWER_UNCHANGED, start);
        }
        start = stages.start();
        List<List<RevealedContact>> waves = Waves.split(split == null ? contacts : split.rest());
        Set<RowRef> skippedByRow = new HashSet<>();
        for (int i = 0; i < waves.size(); i++) {
            try {
                outcomes.addAll(exporter.export(gateway, waves.get(i), skippedByRow::add));
            } catch (ReconnectRequiredException e) {
                // this session was refused for good: the rest of its rows wait for a reconnect
                for (List<RevealedContact> rest : waves.subList(i, waves.size())) {
                    rest.forEach(c -> outcomes.add(Outcomes.skipped(c, "RECONNECT_REQUIRED", e.getMessage())));
                }
                break;
            }
        }
        stages.add(Stage.EXPORT, start);
        if (split != null) {
            start = stages.start();
            unchanged.exported(gateway, split.fingerprints(), outcomes, skippedByRow);
            stages.add(Stage.STORE_OUTCOMES, start);
            outcomes.addAll(split.unchanged());
        }
        return outcomes;
    }
}
