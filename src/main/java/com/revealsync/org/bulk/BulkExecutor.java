package com.revealsync.org.bulk;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs batches in the background on a small fixed pool of threads. Batches of a Parallel job go
 * straight to the pool; those of a Serial job go through the job's own lane, which hands the pool
 * one batch at a time, in upload order.
 */
public final class BulkExecutor implements AutoCloseable {

    private final Executor pool;
    private final Runnable shutdown;
    private final Map<String, SerialLane> lanes = new ConcurrentHashMap<>();

    /** Runs batches on the given executor (tests pass one they drive by hand). */
    public BulkExecutor(Executor pool) {
        this(pool, () -> { });
    }

    private BulkExecutor(Executor pool, Runnable shutdown) {
        this.pool = pool;
        this.shutdown = shutdown;
    }

    /** A pool of {@code threads} daemon threads, idle ones ending after 30 seconds. */
    public static BulkExecutor fixed(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "org-bulk-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return new BulkExecutor(pool, pool::shutdownNow);
    }

    /** Runs work of a job: at once on the pool (Parallel), or after the job's earlier work (Serial). */
    public void submit(String jobId, ConcurrencyMode mode, Runnable batchWork) {
        if (mode == ConcurrencyMode.Serial) {
            lanes.computeIfAbsent(jobId, id -> new SerialLane()).add(batchWork);
        } else {
            pool.execute(batchWork);
        }
    }

    /** Forgets a job's lane once it can receive no more batches and its lane has drained. */
    public void release(String jobId) {
        lanes.computeIfPresent(jobId, (id, lane) -> lane.idle() ? null : lane);
    }

    @Override
    public void close() {
        shutdown.run();
    }

    private final class SerialLane {
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private boolean running;

        synchronized void add(Runnable work) {
            waiting.add(work);
            if (!running) {
                running = true;
                pool.execute(this::drain);
            }
        }

        synchronized boolean idle() {
            return !running && waiting.isEmpty();
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = waiting.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                next.run();
            }
        }
    }
}
