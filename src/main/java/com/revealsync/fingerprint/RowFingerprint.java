package com.revealsync.fingerprint;

/**
 * What a row's last clean export left: the fingerprint of the row and mapping it was planned with,
 * the records its outcome named, and the warnings it was reported with.
 *
 * @param fingerprint {@link Fingerprints#of} of the row
 * @param recordType the row's own record, Lead or Contact
 * @param accountId the Contact's Account; null for a Lead
 * @param warningsJson the outcome's warnings as stored with outcomes; null for none
 */
public record RowFingerprint(String lushaId, String fingerprint, String recordType, String salesforceId,
                             String accountId, String warningsJson) {

    /** The records a change in the org invalidates this fingerprint for, in their 15-character form. */
    public boolean names(java.util.Set<String> ids15) {
        return ids15.contains(Ids.short15(salesforceId)) || (accountId != null && ids15.contains(Ids.short15(accountId)));
    }
}
