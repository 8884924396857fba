package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.lusha.RowRef;
import com.revealsync.mapping.AccountWrite;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.mapping.MappingProcessor;
import com.revealsync.mapping.WriteAction;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.run.RowOutcome;
import com.revealsync.run.RowWarning;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Exports one wave of revealed contacts through one gateway: finds what exists (batched lookups),
 * plans each contact with the mapping processor, sends the Accounts and then the Leads, writes the
 * Contacts once the Accounts are there, collects the Leads' results, and returns one outcome per
 * contact. Results are matched to rows by key (the row's file and line), never by position.
 */
final class ChunkExporter {

    private static final String DRY_RUN = "dry run: nothing was sent";

    private final RecordLookup lookup;
    private final MappingProcessor processor;
    private final RecordSender sender;
    private final AccountWrites accounts;
    private final boolean dryRun;
    private final RecordType defaultType;

    ChunkExporter(RecordLookup lookup, MappingProcessor processor, RecordType defaultType,
                  RecordSender sender, boolean dryRun) {
        this.lookup = lookup;
        this.processor = processor;
        this.defaultType = defaultType;
        this.sender = sender;
        this.accounts = new AccountWrites(sender, dryRun);
        this.dryRun = dryRun;
    }

    /** Exports the wave; hands {@code skippedByRow} the rows skipped by the row alone ({@link ExportPlan.Skip#byRowAlone()}). */
    List<RowOutcome> export(SalesforceGateway gateway, List<RevealedContact> wave, Consumer<RowRef> skippedByRow) {
        MatchIndex index = lookup.find(gateway, wave);
        List<RowOutcome> outcomes = new ArrayList<>(wave.size());
        List<ExportPlan.Write> leads = new ArrayList<>();
        List<ExportPlan.Write> others = new ArrayList<>();
        for (RevealedContact contact : wave) {
            ExportPlan plan = processor.plan(contact, defaultType, index.candidates(contact));
            if (plan instanceof ExportPlan.Write write) {
                (write.record().type() == RecordType.Lead && write.account() == null ? leads : others).add(write);
            } else {
                ExportPlan.Skip skip = (ExportPlan.Skip) plan;
                if (skip.byRowAlone()) {
                    skippedByRow.accept(contact.source());
                }
                outcomes.add(Outcomes.skip(skip));
            }
        }
        // Leads name no Account: their batches go right after the Accounts' (which the Contacts
        // wait for, so they go first), and the org writes them while this chunk waits for its
        // Accounts and then its Contacts (Bulk: three waits become about two)
        Supplier<Map<String, WriteResult>> accountsSent = accounts.start(gateway, others);
        Supplier<Map<String, WriteResult>> leadResults = startRecords(gateway, leads, Map.of());
        Map<String, WriteResult> accountResults = accountsSent.get();
        List<ExportPlan.Write> ready = new ArrayList<>(others.size());
        for (ExportPlan.Write w : others) {
            WriteResult account = w.account() == null ? null : accountResults.get(AccountWrites.key(w.account().ref()));
            if (account != null && !account.success() && w.account().link()) {
                outcomes.add(Outcomes.accountFailed(w, account));
            } else {
                ready.add(w);
            }
        }
        Map<String, WriteResult> recordResults = new HashMap<>(startRecords(gateway, ready, accountResults).get());
        recordResults.putAll(leadResults.get());
        ready.addAll(leads);
        for (ExportPlan.Write w : ready) {
            WriteResult account = w.account() == null ? null : accountResults.get(AccountWrites.key(w.account().ref()));
            outcomes.add(outcome(w, recordResults.get(key(w)), account));
        }
        return outcomes;
    }

    private RowOutcome outcome(ExportPlan.Write w, WriteResult record, WriteResult account) {
        List<RowWarning> extra = new ArrayList<>();
        if (account != null && !account.success()) {
            extra.add(new RowWarning(account.errors().get(0).statusCode(), "Account",
                    "the Account was not updated: " + Outcomes.messages(account.errors())));
        }
        if (dryRun) {
            extra.add(new RowWarning("DRY_RUN", null, DRY_RUN));
        }
        String accountId = account == null ? null : account.id();
        return Outcomes.written(w, record, accountId, extra);
    }

    /** Sends the records' writes; the supplier waits for the Bulk batches among them. */
    private Supplier<Map<String, WriteResult>> startRecords(SalesforceGateway gateway, List<ExportPlan.Write> plans,
                                                           Map<String, WriteResult> accountResults) {
        Map<String, WriteResult> results = new HashMap<>();
        Map<RecordType, List<Map.Entry<String, RecordWrite>>> creates = new LinkedHashMap<>();
        Map<RecordType, List<RecordWrite>> updates = new LinkedHashMap<>();
        for (ExportPlan.Write w : plans) {
            com.revealsync.mapping.RecordWrite planned = w.record();
            Map<String, Object> values = planned.values();
            AccountWrite account = w.account();
            if (account != null && account.link()) {
                WriteResult a = accountResults.get(AccountWrites.key(account.ref()));
                if (a != null && a.id() != null) {
                    values = new LinkedHashMap<>(values); // a copy only where the Account's id is added
                    values.put(SystemFields.ACCOUNT_ID, a.id());
                }
            }
            String key = key(w);
            boolean nothingToSend = planned.action() == WriteAction.NONE && values.size() == planned.values().size();
            if (dryRun || nothingToSend) {
                results.put(key, WriteResult.succeeded(key, planned.id(), planned.action() == WriteAction.CREATE));
            } else if (planned.action() == WriteAction.CREATE) {
                creates.computeIfAbsent(planned.type(), t -> new ArrayList<>())
                        .add(Map.entry(planned.upsertKey() == null ? "" : planned.upsertKey(), RecordWrite.of(key, values)));
            } else {
                updates.computeIfAbsent(planned.type(), t -> new ArrayList<>())
                        .add(RecordWrite.update(key, planned.id(), values));
            }
        }
        List<Supplier<List<WriteResult>>> sent = new ArrayList<>();
        creates.forEach((type, list) -> sent.add(sender.startCreate(gateway, type.name(), RecordSender.byKey(list))));
        updates.forEach((type, list) -> sent.add(sender.startUpdate(gateway, type.name(), list)));
        return () -> {
            sent.forEach(s -> s.get().forEach(r -> results.put(r.key(), r)));
            return results;
        };
    }

    private static String key(ExportPlan.Write w) {
        return w.contact().source().toString();
    }
}
