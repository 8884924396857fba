package com.revealsync.org.server;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The single point where a test (or the fault injector) can act on every request: before it is
 * routed, and on the bytes of its response. The default hook does nothing.
 */
public interface ExchangeHook {

    ExchangeHook NONE = new ExchangeHook() { };

    /**
     * Called before the endpoint sees the request, e.g. to add latency or answer 503 itself.
     *
     * @return true when the hook answered (or aborted) the exchange, so the endpoint is skipped
     */
    default boolean beforeHandle(Exchange exchange) throws IOException {
        return false;
    }

    /**
     * Wraps the stream the response body is written to, e.g. to cut the connection after some bytes
     * (write part, then {@link Exchange#abort()}).
     */
    default OutputStream wrapResponseBody(Exchange exchange, OutputStream body) {
        return body;
    }

    /** Both hooks, {@code first} then {@code second}: the second is skipped when the first answered. */
    static ExchangeHook chain(ExchangeHook first, ExchangeHook second) {
        return new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) throws IOException {
                return first.beforeHandle(exchange) || second.beforeHandle(exchange);
            }

            @Override
            public OutputStream wrapResponseBody(Exchange exchange, OutputStream body) {
                return second.wrapResponseBody(exchange, first.wrapResponseBody(exchange, body));
            }
        };
    }
}
