package com.revealsync.salesforce;

import java.util.List;

/**
 * What Salesforce answered for one record, under the caller's key.
 *
 * @param id the record's Salesforce id (null when it failed and none exists).
 * @param created true when this write created the record (create, or an upsert that inserted).
 * @param errors Salesforce's errors, empty on success.
 */
public record WriteResult(String key, String id, boolean success, boolean created, List<SalesforceError> errors) {

    public WriteResult {
        errors = List.copyOf(errors);
        if (success != errors.isEmpty()) {
            throw new IllegalArgumentException("record " + key + ": a result fails exactly when it has errors");
        }
    }

    public static WriteResult succeeded(String key, String id, boolean created) {
        return new WriteResult(key, id, true, created, List.of());
    }

    public static WriteResult failed(String key, String id, List<SalesforceError> errors) {
        return new WriteResult(key, id, false, false, errors);
    }

    /** True when Salesforce refused the record with {@code statusCode}. */
    public boolean failedWith(String statusCode) {
        return errors.stream().anyMatch(e -> e.statusCode().equals(statusCode));
    }
}
