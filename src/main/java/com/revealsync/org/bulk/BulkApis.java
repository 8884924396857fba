package com.revealsync.org.bulk;

import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.OrgContext;
import java.util.function.Consumer;

/** The org's Bulk APIs (v1 at {@code /services/async/}), with the pool that processes their batches. */
public final class BulkApis implements AutoCloseable {

    private final BulkService v1;

    private BulkApis(BulkService v1) {
        this.v1 = v1;
    }

    /** Creates the Bulk endpoints of an org and hands them to its router. */
    public static BulkApis serve(OrgContext context, Consumer<Endpoint> router) {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        BulkService v1 = new BulkService(context::data, BulkExecutor.fixed(threads), new BulkIds(), context.clock());
        router.accept(new BulkV1Endpoint(context, v1));
        return new BulkApis(v1);
    }

    public BulkService v1() {
        return v1;
    }

    /** Stops processing; batches still queued are dropped with the org. */
    @Override
    public void close() {
        v1.close();
    }
}
