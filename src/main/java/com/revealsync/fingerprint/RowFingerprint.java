package com.revealsync.fingerprint;

import java.util.Set;

/**
 * What a row's last clean export left: the fingerprint of the row and mapping it was planned with,
 * the records its outcome named, and the warnings it was reported with. Or, for a row skipped by
 * our own checks before any record of the org was in play, the skip it was reported with.
 *
 * @param fingerprint {@link Fingerprints#of} of the row
 * @param recordType the row's own record, Lead or Contact; null for a skip before routing
 * @param salesforceId the row's own record; null for a skip
 * @param accountId the Contact's Account; null for a Lead or a skip
 * @param warningsJson the outcome's warnings as stored with outcomes; null for none
 * @param skipJson the skip's code, message and fields (JSON); null for a written row
 * @param matchKeys the keys the row's lookups search by, one a line ({@code kind:value}); null where not read
 */
public record RowFingerprint(String lushaId, String fingerprint, String recordType, String salesforceId,
                             String accountId, String warningsJson, String skipJson, String matchKeys) {

    /** Whether it is a skip's (no record named). */
    public boolean skip() {
        return salesforceId == null;
    }

    /** Whether it names one of these records (15-character ids), as the row's record or its Account. */
    public boolean names(Set<String> ids15) {
        return (salesforceId != null && ids15.contains(Ids.short15(salesforceId)))
                || (accountId != null && ids15.contains(Ids.short15(accountId)));
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
