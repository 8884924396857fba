package com.revealsync.mapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.profile.AccountExportPreferences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Contact's Account: an existing Contact keeps the Account it has (updated under the usual rules
 * when the lookup read it, never moved). A new Contact, or one without an Account, is attached to
 * the matched Account, or to a new one where Account creation is on; otherwise the row is skipped
 * ({@code ACCOUNT_NOT_FOUND}). Without Account among the allowed record types, Accounts are only
 * matched, never written.
 */
final class AccountPlanner {

    private AccountPlanner() {
    }

    /** The Account side of the plan, or null when the row is skipped ({@code problems} says why). */
    static AccountWrite plan(CompiledMapping accounts, AccountExportPreferences prefs, RevealedContact contact,
                             ExistingRecord existingContact, MatchCandidates c, Problems problems) {
        boolean writable = prefs.allows(RecordType.Account);
        String current = existingContact == null ? null : existingContact.value(SystemFields.ACCOUNT_ID);
        if (current != null) {
            ExistingRecord account = c.accountById(current);
            return account == null ? unchanged(current, false) : update(accounts, writable, contact, account, false, problems);
        }
        ExistingRecord matched = AccountMatcher.match(contact, c, problems);
        if (matched != null) {
            return update(accounts, writable, contact, matched, true, problems);
        }
        String key = AccountMatcher.companyKey(contact);
        if (!prefs.createsAccounts()) {
            String company = contact.get(LushaField.COMPANY_NAME);
            return problems.skip(ExportCode.ACCOUNT_NOT_FOUND, key == null
                    ? "the contact names no company, and Account creation is off"
                    : "no Account matches " + (company == null ? key : "'" + company + "'")
                            + " and Account creation is off: contacts go only to existing Accounts", List.of());
        }
        Map<String, Object> values = ValuePlanner.plan(accounts, contact, null, contact.get(LushaField.COMPANY_ID), problems);
        if (values == null) {
            return null;
        }
        // A contact naming no company can only get an Account through a predefined Name: its own.
        String companyKey = key != null ? key : "lusha_id:" + contact.lushaId();
        return new AccountWrite(new AccountRef.New(companyKey), WriteAction.CREATE, values, true,
                MappingProcessor.upsertKey(accounts, values));
    }

    private static AccountWrite update(CompiledMapping accounts, boolean writable, RevealedContact contact,
                                       ExistingRecord account, boolean link, Problems problems) {
        if (!writable) {
            return unchanged(account.id(), link);
        }
        String companyId = contact.get(LushaField.COMPANY_ID);
        Map<String, Object> values = ValuePlanner.plan(accounts, contact, account, companyId, problems);
        if (values == null) {
            return null;
        }
        if (values.isEmpty()) {
            return new AccountWrite(new AccountRef.Existing(account.id()), WriteAction.NONE, values, link, null);
        }
        String byKey = updateKey(accounts, account, companyId, values);
        if (byKey != null) {
            values = new LinkedHashMap<>(values);
            values.put(byKey, companyId);
        }
        return new AccountWrite(new AccountRef.Existing(account.id()), WriteAction.UPDATE, values, link, byKey);
    }

    /**
     * The field an update of this Account can be sent by, as an upsert beside the new Accounts (one
     * write for both, not an upsert and an update): the Lusha company id field, where the org's
     * describe says it is a unique external id (so the value names this Account and no other), the
     * Account holds the contact's company id, and the update does not change that field. Null
     * otherwise: the update goes by the Account's id.
     */
    private static String updateKey(CompiledMapping accounts, ExistingRecord account, String companyId,
                                    Map<String, Object> values) {
        CompiledMapping.Target key = accounts.lushaIdField;
        if (key == null || companyId == null || companyId.isBlank() || !key.describe().externalId()
                || !key.describe().unique() || values.containsKey(key.name())) {
            return null;
        }
        return companyId.equals(account.valueByKey(key.key())) ? key.name() : null;
    }

    private static AccountWrite unchanged(String id, boolean link) {
        return new AccountWrite(new AccountRef.Existing(id), WriteAction.NONE, Map.of(), link, null);
    }
}
