package com.revealsync.org.bulk;

import com.revealsync.org.bulk2.Bulk2Endpoint;
import com.revealsync.org.bulk2.Bulk2Service;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.OrgContext;
import java.util.function.Consumer;

/**
 * The org's Bulk APIs: v1 at {@code /services/async/} and 2.0 at {@code /services/data/vNN.N/jobs/},
 * with the small pool of threads that processes their batches and jobs.
 */
public final class BulkApis implements AutoCloseable {

    private final BulkExecutor executor;
    private final BulkService v1;
    private final Bulk2Service v2;

    private BulkApis(BulkExecutor executor, BulkService v1, Bulk2Service v2) {
        this.executor = executor;
        this.v1 = v1;
        this.v2 = v2;
    }

    /** Creates the Bulk endpoints of an org and hands them to its router. */
    public static BulkApis serve(OrgContext context, Consumer<Endpoint> router) {
        int threads = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
        BulkExecutor executor = BulkExecutor.fixed(threads);
        BulkIds ids = new BulkIds();
        BulkService v1 = new BulkService(context::data, executor, ids, context.clock());
        Bulk2Service v2 = new Bulk2Service(context::data, executor, ids, context.clock());
        router.accept(new BulkV1Endpoint(context, v1));
        router.accept(new Bulk2Endpoint(context, v2));
        return new BulkApis(executor, v1, v2);
    }

    public BulkService v1() {
        return v1;
    }

    public Bulk2Service v2() {
        return v2;
    }

    /** Stops processing; batches and jobs still queued are dropped with the org. */
    @Override
    public void close() {
        executor.close();
    }
}
