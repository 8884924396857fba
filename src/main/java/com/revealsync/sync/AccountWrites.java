package com.revealsync.sync;

import com.revealsync.mapping.AccountRef;
import com.revealsync.mapping.AccountWrite;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.mapping.WriteAction;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes the Accounts a chunk's Contacts need, first: each new company once (several contacts of
 * one new company create one Account), each changed existing Account once, with what all of those
 * contacts give it. Returns the result per Account key, so every Contact can be linked to its
 * Account or fail with the Account's error.
 */
final class AccountWrites {

    private final RecordSender sender;
    private final boolean dryRun;

    AccountWrites(RecordSender sender, boolean dryRun) {
        this.sender = sender;
        this.dryRun = dryRun;
    }

    /** The key results are kept under for an Account reference. */
    static String key(AccountRef ref) {
        return ref instanceof AccountRef.Existing e ? "account:" + e.id()
                : "new-account:" + ((AccountRef.New) ref).companyKey();
    }

    /**
     * One Account planned by several contacts of the chunk: the first contact's values, plus the
     * fields only later contacts have (one row's company size left out as malformed, another's
     * given). Taking the first plan alone would leave those fields for the next run to write. An
     * update goes by its external id only where every plan of it does (one plan changing the field,
     * or naming another company, sends it by the Account's id).
     */
    static AccountWrite merged(AccountWrite first, AccountWrite later) {
        Map<String, Object> values = new LinkedHashMap<>(first.values());
        later.values().forEach(values::putIfAbsent);
        String upsertKey = first.action() == WriteAction.UPDATE
                ? (first.upsertKey() != null && first.upsertKey().equals(later.upsertKey()) ? first.upsertKey() : null)
                : first.upsertKey() != null ? first.upsertKey() : later.upsertKey();
        if (values.size() == first.values().size() && Objects.equals(upsertKey, first.upsertKey())) {
            return first;
        }
        return new AccountWrite(first.ref(), first.action(), values, first.link(), upsertKey);
    }

    /**
     * Sends the Accounts the plans need (through the Bulk API the batches are only added) and
     * returns what waits for their results, by Account key.
     */
    Supplier<Map<String, WriteResult>> start(SalesforceGateway gateway, List<ExportPlan.Write> plans) {
        Map<String, AccountWrite> creates = new LinkedHashMap<>();
        Map<String, AccountWrite> updates = new LinkedHashMap<>();
        Map<String, WriteResult> results = new LinkedHashMap<>();
        for (ExportPlan.Write plan : plans) {
            AccountWrite account = plan.account();
            if (account == null) {
                continue;
            }
            String key = key(account.ref());
            if (account.action() == WriteAction.CREATE) {
                creates.merge(key, account, AccountWrites::merged);
            } else if (account.action() == WriteAction.UPDATE) {
                updates.merge(key, account, AccountWrites::merged);
            } else if (account.ref() instanceof AccountRef.Existing e) {
                results.putIfAbsent(key, WriteResult.succeeded(key, e.id(), false));
            }
        }
        if (dryRun) {
            creates.keySet().forEach(k -> results.put(k, WriteResult.succeeded(k, null, true)));
            updates.forEach((k, a) -> results.put(k, WriteResult.succeeded(k, ((AccountRef.Existing) a.ref()).id(), false)));
            return () -> results;
        }
        // updates that can go by the Lusha company id go as upserts with the new Accounts: one write
        List<Map.Entry<String, RecordWrite>> toCreate = new ArrayList<>();
        creates.forEach((k, a) -> toCreate.add(Map.entry(a.upsertKey() == null ? "" : a.upsertKey(),
                RecordWrite.of(k, a.values()))));
        List<RecordWrite> toUpdate = new ArrayList<>();
        updates.forEach((k, a) -> {
            if (a.upsertKey() != null) {
                toCreate.add(Map.entry(a.upsertKey(), RecordWrite.of(k, a.values())));
            } else {
                toUpdate.add(RecordWrite.update(k, ((AccountRef.Existing) a.ref()).id(), a.values()));
            }
        });
        Supplier<List<WriteResult>> created = sender.startCreate(gateway, "Account", RecordSender.byKey(toCreate));
        Supplier<List<WriteResult>> updated = sender.startUpdate(gateway, "Account", toUpdate);
        return () -> {
            created.get().forEach(r -> results.put(r.key(), r));
            updated.get().forEach(r -> results.put(r.key(), r));
            return results;
        };
    }
}
