package com.revealsync.org.server;

import java.io.IOException;

/**
 * One API of the embedded org, served under a path prefix (e.g. {@code /services/Soap/u/}). The
 * {@link Router} picks the endpoint with the longest matching prefix and hands it the exchange on a
 * pool thread; the endpoint may block while it reads and writes.
 */
public interface Endpoint {

    /** The path prefix this endpoint answers, starting with {@code /}. */
    String pathPrefix();

    /**
     * Answers one request. The endpoint must answer (or abort) the exchange; an exception that
     * escapes is logged and answered with a bare 500 that carries no stack trace.
     */
    void handle(Exchange exchange) throws IOException;
}
