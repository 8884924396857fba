package com.revealsync.salesforce.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * A scripted HTTP server on loopback for unit tests of the client side: each request is recorded and
 * answered by the current handler. Not a Salesforce org: the tests script exactly the answers
 * (faults, 503s, dropped connections) they need.
 */
public final class FakeHttpOrg implements AutoCloseable {

    /** A request as received, body un-gzipped. */
    public record Request(String method, String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** An answer; {@link #drop()} closes the connection without one. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {
        public static Reply xml(int status, String body) {
            return new Reply(status, "text/xml; charset=UTF-8", body, Map.of());
        }

        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, contentType, body, Map.of());
        }

        public static Reply drop() {
            return new Reply(-1, null, null, Map.of());
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(name, value);
            return new Reply(status, contentType, body, Map.copyOf(all));
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> handler = r -> Reply.of(404, "text/plain", "no handler");

    public FakeHttpOrg() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void handler(Function<Request, Reply> handler) {
        this.handler = handler;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String pathPart) {
        return requests.stream().filter(r -> r.path().contains(pathPart)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        InputStream in = new ByteArrayInputStream(raw);
        if ("gzip".equalsIgnoreCase(encoding) && raw.length > 0) { // WSC sends the header on bodiless GETs too
            in = new GZIPInputStream(in);
        }
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        Reply reply;
        try {
            reply = handler.apply(request);
        } catch (RuntimeException e) {
            reply = Reply.of(599, "text/plain", "test handler failed: " + e);
        }
        if (reply.status() < 0) {
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
