package com.revealsync.org.fault;

import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.ExchangeHook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The HTTP faults, on every request the org serves: added latency, {@code 503 Service Unavailable}
 * on a share of calls, and on a share of responses the connection cut after part of the body.
 */
final class FaultHook implements ExchangeHook {

    private final FaultInjector faults;

    FaultHook(FaultInjector faults) {
        this.faults = faults;
    }

    @Override
    public boolean beforeHandle(Exchange exchange) throws IOException {
        if (exempt(exchange)) {
            return false;
        }
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            // the injected latency itself: this request's thread is held as a slow network would hold it
            LockSupport.parkNanos(latency.toNanos());
        }
        if (faults.http503()) {
            exchange.setHeader("Retry-After", "1");
            exchange.send(503, "text/plain; charset=UTF-8",
                    "Service Unavailable (fault injected by the embedded org)\n");
            return true;
        }
        return false;
    }

    @Override
    public OutputStream wrapResponseBody(Exchange exchange, OutputStream body) {
        return !exempt(exchange) && faults.reset() ? new ResetOutputStream(exchange, body) : body;
    }

    /** The org's own tooling paths (not Salesforce APIs) are spared, so stats stay readable under faults. */
    private static boolean exempt(Exchange exchange) {
        return exchange.path().startsWith("/reveal-sync/");
    }

    /** Lets the first half of the first write through, then cuts the connection and drops the rest. */
    private static final class ResetOutputStream extends OutputStream {
        private final Exchange exchange;
        private final OutputStream body;
        private boolean cut;

        ResetOutputStream(Exchange exchange, OutputStream body) {
            this.exchange = exchange;
            this.body = body;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (cut || length == 0) {
                return;
            }
            cut = true;
            body.write(bytes, offset, Math.max(1, length / 2));
            body.flush();
            exchange.abort();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            if (!cut) {
                cut = true;
                exchange.abort();
            }
        }
    }
}
