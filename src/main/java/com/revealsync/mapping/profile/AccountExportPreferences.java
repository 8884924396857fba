package com.revealsync.mapping.profile;

import com.revealsync.lusha.RecordType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The seed's admin-only account export preferences.
 *
 * @param allowedRecordTypes the record types reveal-sync may write. Without Account, no Account is
 *                           created or updated: Contacts attach only to Accounts that already exist.
 * @param accountCreation whether a Contact whose company has no Account yet creates one; off, such a
 *                        Contact is skipped ({@code ACCOUNT_NOT_FOUND})
 */
public record AccountExportPreferences(Set<RecordType> allowedRecordTypes, boolean accountCreation) {

    public AccountExportPreferences {
        allowedRecordTypes = allowedRecordTypes.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedRecordTypes));
    }

    /** The seed's defaults: every record type, Account creation on. */
    public static AccountExportPreferences defaults() {
        return new AccountExportPreferences(EnumSet.allOf(RecordType.class), true);
    }

    public boolean allows(RecordType type) {
        return allowedRecordTypes.contains(type);
    }

    /** New Accounts are created only where creation is on and Account is an allowed record type. */
    public boolean createsAccounts() {
        return accountCreation && allows(RecordType.Account);
    }
}
