package com.revealsync.salesforce.retry;

import java.util.List;

/**
 * One logical call, for retry decisions and the log.
 *
 * @param operation what is called ({@code create}, {@code query}, {@code bulk addBatch})
 * @param object the sObject, or "" when none
 * @param records the number of records it carries
 * @param idempotent true when resending after a lost answer cannot duplicate anything
 * @param keys the caller's keys of the records, named when the outcome becomes unknown
 */
public record CallSpec(String operation, String object, int records, boolean idempotent, List<String> keys) {

    public CallSpec {
        keys = List.copyOf(keys);
    }

    public static CallSpec read(String operation, String object) {
        return new CallSpec(operation, object, 0, true, List.of());
    }

    public static CallSpec idempotentWrite(String operation, String object, List<String> keys) {
        return new CallSpec(operation, object, keys.size(), true, keys);
    }

    public static CallSpec nonIdempotentWrite(String operation, String object, List<String> keys) {
        return new CallSpec(operation, object, keys.size(), false, keys);
    }

    @Override
    public String toString() {
        return operation + (object.isEmpty() ? "" : " " + object) + (records > 0 ? " (" + records + " records)" : "");
    }
}
