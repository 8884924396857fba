package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import com.revealsync.salesforce.SalesforceRecord;

/**
 * A Salesforce record that lacks a field the backfill fills, as the query read it.
 *
 * @param sequence its place in the run (1, 2, ...): the "line" of its outcome
 */
record OrgRecord(long sequence, RecordType type, SalesforceRecord record) {

    String id() {
        return record.id() != null ? record.id() : record.getString("Id");
    }

    /** A field's value, or null when empty. */
    String value(String field) {
        String v = record.getString(field);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
