package com.revealsync.salesforce.retry;

/** What a failed attempt means for the next one. */
public enum FaultKind {
    /** Transient, and the org provably did nothing (connection refused, HTTP 503, a SOAP fault). */
    NOT_PROCESSED,
    /** Transient, but the request may have been processed (reset or timeout after sending). */
    MAYBE_PROCESSED,
    /** The session expired: renew it once and resend. */
    SESSION_EXPIRED,
    /** The org's API request limit is used up: never retried. */
    LIMIT_EXCEEDED,
    /** The org refused the call for good (bad query, bad field, ...). */
    REFUSED,
    /** Not a Salesforce fault (one of our own exceptions, a bug): rethrown as it is. */
    PROPAGATE
}
