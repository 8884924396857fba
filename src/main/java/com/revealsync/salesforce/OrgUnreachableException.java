package com.revealsync.salesforce;

/**
 * The org could not be reached, or kept failing with transient faults (connection reset, timeout,
 * HTTP 5xx), through every retry. It stops every row, so the job fails and can be restarted.
 */
public final class OrgUnreachableException extends SalesforceException {

    private final int attempts;

    public OrgUnreachableException(String operation, int attempts, String lastFault, Throwable cause) {
        super(operation + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + ": the org is unreachable or unavailable (" + lastFault + ")", cause);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
