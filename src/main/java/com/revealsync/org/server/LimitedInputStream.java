package com.revealsync.org.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link BodyTooLargeException} once more than {@code limit} bytes were read. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Runnable onOverflow;
    private long count;

    LimitedInputStream(InputStream in, long limit, Runnable onOverflow) {
        super(in);
        this.limit = limit;
        this.onOverflow = onOverflow;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    private void add(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            onOverflow.run();
            throw new BodyTooLargeException(limit);
        }
    }
}
