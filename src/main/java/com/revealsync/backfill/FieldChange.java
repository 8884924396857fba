package com.revealsync.backfill;

/**
 * One field the backfill fills (or, in a dry run, would fill): a line of the changes CSV.
 *
 * @param oldValue the value Salesforce holds, null when empty
 * @param newValue the converted value written
 * @param from where the value came from ("run 3, batch.csv:2" or "contacts.csv:17")
 */
record FieldChange(String recordId, String object, String field, String oldValue, Object newValue, String from) {
}
