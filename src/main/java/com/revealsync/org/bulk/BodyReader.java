package com.revealsync.org.bulk;

import com.revealsync.org.server.Exchange;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit. Past the limit the rest is still read and thrown away (up to
 * a hard cap), so the client, still sending, gets to read the refusal instead of a broken pipe.
 */
public final class BodyReader {

    private static final long DRAIN_CAP = 256L * 1024 * 1024;

    private BodyReader() {
    }

    /** The body, or null when it is longer than {@code limit} bytes. */
    public static byte[] read(Exchange exchange, int limit) throws IOException {
        try (InputStream in = exchange.body(DRAIN_CAP)) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length <= limit) {
                return body;
            }
            in.transferTo(OutputStreamSink.INSTANCE);
            return null;
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
