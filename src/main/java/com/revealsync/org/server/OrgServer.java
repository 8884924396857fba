package com.revealsync.org.server;

import java.net.InetAddress;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded org's HTTP server: Jetty's core API (no servlets) on loopback only, a bounded thread
 * pool, and gzip both ways (WSC gzips its request bodies by default; responses are compressed when
 * the client sends {@code Accept-Encoding: gzip}).
 */
public final class OrgServer implements AutoCloseable {

    /** Enough for a handful of concurrent clients on a small machine; requests queue beyond it. */
    private static final int MAX_THREADS = 32;
    private static final int MIN_THREADS = 4;
    private static final int INFLATE_BUFFER = 32 * 1024;
    private static final long STOP_TIMEOUT_MS = 10_000;
    /** Pool threads are idle once the graceful stop is done; no need to wait for them long. */
    private static final long POOL_STOP_TIMEOUT_MS = 100;

    private final Server server;
    private final ServerConnector connector;
    private final Router router;

    public OrgServer(int port, Router router) {
        this.router = router;
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        pool.setName("embedded-org");
        pool.setDaemon(true);
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(port);
        server.addConnector(connector);
        // Graceful: on stop, calls in flight finish (a DML call commits whole) before the data closes.
        server.setHandler(new GracefulHandler(gzip(router)));
        server.setStopTimeout(STOP_TIMEOUT_MS);
        pool.setStopTimeout(POOL_STOP_TIMEOUT_MS);
    }

    private static GzipHandler gzip(Router router) {
        GzipHandler gzip = new GzipHandler(router);
        gzip.setInflateBufferSize(INFLATE_BUFFER);
        gzip.setIncludedMethods("GET", "POST", "PUT", "PATCH", "DELETE");
        gzip.setMinGzipSize(256);
        return gzip;
    }

    /** Starts listening; returns once the server accepts connections. */
    public void start() throws Exception {
        server.start();
    }

    /** The bound port (the free port chosen when 0 was asked). */
    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return connector.getHost();
    }

    public Router router() {
        return router;
    }

    @Override
    public void close() throws Exception {
        server.stop();
        server.join();
    }
}
