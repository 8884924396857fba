package com.revealsync.org.data.dml;

import com.revealsync.org.data.SaveResult;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.value.OrgErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** delete: soft deletes by id (any object; the key prefix tells which), Contacts going with their Account. */
final class Deleter {

    private final DmlEngine engine;

    Deleter(DmlEngine engine) {
        this.engine = engine;
    }

    List<SaveResult> delete(List<String> ids, Caller caller) {
        return engine.store().write(() -> {
            Stamp stamp = engine.stamp(caller.userId());
            List<SaveResult> results = new ArrayList<>(ids.size());
            for (String raw : ids) {
                Optional<String> id = SalesforceIds.normalize(raw == null ? null : raw.strip());
                if (id.isEmpty()) {
                    results.add(SaveResult.failed(null, List.of(OrgErrors.malformedRecordId(raw))));
                    continue;
                }
                Optional<StoredRecord> record = engine.store().find(id.get());
                if (record.isEmpty()) {
                    results.add(SaveResult.failed(id.get(), List.of(OrgErrors.invalidCrossReference(List.of()))));
                } else if (!record.get().meta().schema().deletable()) {
                    results.add(SaveResult.failed(id.get(), List.of(OrgErrors.typeNotSupported(record.get().meta().name(), "delete"))));
                } else {
                    results.add(engine.writer().softDelete(record.get(), stamp));
                }
            }
            deleteContactsOfDeletedAccounts(results, stamp);
            return engine.finish(results, caller);
        });
    }

    /** As in Salesforce, deleting an Account deletes its Contacts too (one scan of the Contacts per call). */
    private void deleteContactsOfDeletedAccounts(List<SaveResult> results, Stamp stamp) {
        ObjectMeta accounts = engine.store().schema().require("Account");
        Set<String> deleted = new HashSet<>();
        for (SaveResult result : results) {
            if (result.success() && SalesforceIds.keyPrefix(result.id()).equals(accounts.keyPrefix())) {
                deleted.add(result.id());
            }
        }
        if (deleted.isEmpty()) {
            return;
        }
        ObjectMeta contacts = engine.store().schema().require("Contact");
        int accountAt = contacts.require("AccountId");
        List<StoredRecord> orphans = engine.store().table(contacts).all().stream()
                .filter(c -> !c.isDeleted() && deleted.contains(c.value(accountAt))).toList();
        orphans.forEach(contact -> engine.writer().softDelete(contact, stamp));
    }
}
