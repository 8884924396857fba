package com.revealsync.salesforce;

import java.util.List;

/**
 * A call that creates records was sent but its answer was lost (connection reset or timeout after
 * the request went out, or a Bulk job that did not finish in time): the org may or may not hold the
 * records. The gateway never resends such a call, because a resent create makes duplicates. The
 * caller re-matches the records (by email, or by external id) before writing them again, or writes
 * them with an upsert on an external id field, which is safe to resend.
 */
public final class WriteOutcomeUnknownException extends SalesforceException {

    private final List<String> keys;

    public WriteOutcomeUnknownException(String operation, List<String> keys, String reason, Throwable cause) {
        super(operation + ": " + reason + "; the org may or may not have written these " + keys.size()
                + " records, re-match them before writing again", cause);
        this.keys = List.copyOf(keys);
    }

    /** The caller's keys of the records whose outcome is unknown. */
    public List<String> keys() {
        return keys;
    }
}
