package com.revealsync.org.server;

import java.io.IOException;

/** A request body (after gzip inflation) longer than the endpoint accepts. */
public final class BodyTooLargeException extends IOException {

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("request body exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
