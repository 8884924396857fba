package com.revealsync.mapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.profile.AccountExportPreferences;
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
        Map<String, Object> values = ValuePlanner.plan(accounts, contact, account, contact.get(LushaField.COMPANY_ID), problems);
        if (values == null) {
            return null;
        }
        return new AccountWrite(new AccountRef.Existing(account.id()), values.isEmpty() ? WriteAction.NONE : WriteAction.UPDATE,
                values, link, null);
    }

    private static AccountWrite unchanged(String id, boolean link) {
        return new AccountWrite(new AccountRef.Existing(id), WriteAction.NONE, Map.of(), link, null);
    }
}
