package com.revealsync.org.server;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each request to the {@link Endpoint} with the longest matching path prefix, after the
 * {@link ExchangeHook} had its say. Endpoints may be added while the server runs.
 */
public final class Router extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final List<Endpoint> endpoints = new CopyOnWriteArrayList<>();
    private volatile ExchangeHook hook = ExchangeHook.NONE;

    public void add(Endpoint endpoint) {
        if (!endpoint.pathPrefix().startsWith("/")) {
            throw new IllegalArgumentException("path prefix must start with /: " + endpoint.pathPrefix());
        }
        endpoints.add(endpoint);
    }

    public void setHook(ExchangeHook hook) {
        this.hook = hook == null ? ExchangeHook.NONE : hook;
    }

    public ExchangeHook hook() {
        return hook;
    }

    Optional<Endpoint> route(String path) {
        return endpoints.stream()
                .filter(e -> path.startsWith(e.pathPrefix()))
                .max(Comparator.comparingInt(e -> e.pathPrefix().length()));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = new Exchange(request, response, callback, hook);
        try {
            if (!exchange.hookBefore()) {
                Optional<Endpoint> endpoint = route(exchange.path());
                if (endpoint.isPresent()) {
                    endpoint.get().handle(exchange);
                } else {
                    exchange.send(404, "text/plain; charset=UTF-8", "Not found: " + exchange.path() + "\n");
                }
            }
            exchange.finish();
        } catch (IOException | RuntimeException e) {
            answerFailure(exchange, e);
        }
        return true;
    }

    private static void answerFailure(Exchange exchange, Exception e) {
        if (exchange.isAnswered()) {
            LOG.debug("exchange {} {} failed after its response started", exchange.method(), exchange.path(), e);
            exchange.fail(e);
            return;
        }
        LOG.warn("exchange {} {} failed: {}", exchange.method(), exchange.path(), e.toString());
        try {
            exchange.send(500, "text/plain; charset=UTF-8", "Internal error of the embedded org\n");
            exchange.finish();
        } catch (IOException | RuntimeException again) {
            exchange.fail(again);
        }
    }
}
