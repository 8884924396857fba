package com.revealsync.connection.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The redirect target of one sign-in: an HTTP listener on 127.0.0.1 only (never reachable from
 * the network) that takes the first request to {@code /OauthRedirect}, answers the browser with a
 * short page, and hands the parameters to the waiting command. Closed when the sign-in ends.
 */
final class LoopbackReceiver implements AutoCloseable {

    static final String PATH = "/OauthRedirect";

    private final HttpServer server;
    private final ExecutorService executor;
    private final CompletableFuture<Callback> callback = new CompletableFuture<>();

    LoopbackReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "oauth-callback");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/OauthRedirect}. */
    URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /** The callback, or empty when none came within {@code timeout}. */
    Optional<Callback> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(callback.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the callback listener failed", e.getCause());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(PATH) || !"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, "Not found.");
                return;
            }
            Callback received = Callback.parse(exchange.getRequestURI().getRawQuery());
            if (callback.isDone()) {
                respond(exchange, 409, "This sign-in has already been answered. Return to the terminal.");
                return;
            }
            callback.complete(received);
            respond(exchange, 200, received.error() == null
                    ? "reveal-sync received the Salesforce sign-in. You can close this tab and return to the terminal."
                    : "Salesforce did not complete the sign-in (" + html(received.error()) + "). Return to the terminal.");
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>reveal-sync</title></head><body><p>"
                + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
