package com.revealsync.fingerprint;

import java.util.Set;

/**
 * What a row's last clean export left: the fingerprint of the row and mapping it was planned with,
 * the records its outcome named, and the warnings it was reported with.
 *
 * @param fingerprint {@link Fingerprints#of} of the row
 * @param recordType the row's own record, Lead or Contact
 * @param accountId the Contact's Account; null for a Lead
 * @param warningsJson the outcome's warnings as stored with outcomes; null for none
 * @param matchKeys the keys the row's lookups search by, one a line ({@code kind:value}); null where not read
 */
public record RowFingerprint(String lushaId, String fingerprint, String recordType, String salesforceId,
                             String accountId, String warningsJson, String matchKeys) {

    /** Whether it names one of these records (15-character ids), as the row's record or its Account. */
    public boolean names(Set<String> ids15) {
        return ids15.contains(Ids.short15(salesforceId)) || (accountId != null && ids15.contains(Ids.short15(accountId)));
    }

    /** Whether the row's lookups search by one of these keys. */
    public boolean searchesBy(Set<String> keys) {
        if (matchKeys == null) {
            return false;
        }
        for (String key : matchKeys.split("\n")) {
            if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
