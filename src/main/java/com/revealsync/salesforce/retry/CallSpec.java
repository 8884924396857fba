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
 * @param refusalIsAnswer true when the org refusing the call is one of its expected answers, which
 *        the caller reads (a Bulk result asked for before the batch is done): logged at debug only
 */
public record CallSpec(String operation, String object, int records, boolean idempotent, List<String> keys,
                       boolean refusalIsAnswer) {

    public CallSpec {
        keys = List.copyOf(keys);
    }

    public CallSpec(String operation, String object, int records, boolean idempotent, List<String> keys) {
        this(operation, object, records, idempotent, keys, false);
    }

    public static CallSpec read(String operation, String object) {
        return new CallSpec(operation, object, 0, true, List.of());
    }

    /** A read whose refusal by the org is an answer the caller reads, not a failure. */
    public static CallSpec probe(String operation, String object) {
        return new CallSpec(operation, object, 0, true, List.of(), true);
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
