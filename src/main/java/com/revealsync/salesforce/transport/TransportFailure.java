package com.revealsync.salesforce.transport;

/**
 * A failed WSC request with what was seen of it: the HTTP status (0 when no response came) and
 * whether the session was renewed while it ran. Lives only between an attempt and its classifier.
 */
public final class TransportFailure extends Exception {

    private final int httpStatus;
    private final boolean sessionRenewed;

    public TransportFailure(Exception cause, int httpStatus, boolean sessionRenewed) {
        super(cause.getMessage(), cause);
        this.httpStatus = httpStatus;
        this.sessionRenewed = sessionRenewed;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public boolean sessionRenewed() {
        return sessionRenewed;
    }
}
