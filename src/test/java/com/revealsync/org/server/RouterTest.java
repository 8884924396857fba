package com.revealsync.org.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The server and router on their own: prefixes, gzip both ways, body limits and the hook. */
class RouterTest {

    private static final long LIMIT = 1024;

    private static final Router router = new Router();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static OrgServer server;

    @BeforeAll
    static void start() throws Exception {
        router.add(new Echo("/echo/"));
        router.add(new Named("/echo/deeper/", "deeper"));
        server = new OrgServer(0, router);
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @AfterEach
    void removeHook() {
        router.setHook(null);
    }

    @Test
    void bindsLoopbackOnly() {
        assertThat(server.host()).isEqualTo("127.0.0.1");
        assertThat(server.port()).isPositive();
    }

    @Test
    void routesToTheLongestMatchingPrefix() throws Exception {
        assertThat(get("/echo/deeper/x").body()).isEqualTo("deeper");
        assertThat(post("/echo/x", "hello").body()).isEqualTo("POST /echo/x hello");
    }

    @Test
    void answers404ForAnUnknownPath() throws Exception {
        HttpResponse<String> response = get("/nowhere");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("/nowhere");
    }

    @Test
    void inflatesAGzippedRequestBody() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/echo/gz")).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("zipped text ✓"))).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("POST /echo/gz zipped text ✓ (gzipped)");
    }

    @Test
    void gzipsTheResponseWhenAsked() throws Exception {
        String big = "x".repeat(5000);
        HttpRequest request = HttpRequest.newBuilder(uri("/echo/big")).header("Accept-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(big.substring(0, 1000))).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(response.body())).isEqualTo("POST /echo/big " + big.substring(0, 1000));
    }

    @Test
    void refusesABodyOverTheLimitWhetherDeclaredOrStreamed() throws Exception {
        HttpResponse<String> declared = post("/echo/x", "y".repeat((int) LIMIT + 1));
        assertThat(declared.body()).isEqualTo("too large: 1024");
        assertThat(declared.headers().firstValue("Connection")).as("the unread body ends the connection, said so")
                .contains("close");
        HttpRequest inflatesTooMuch = HttpRequest.newBuilder(uri("/echo/gz")).header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("z".repeat(100_000)))).build();
        assertThat(http.send(inflatesTooMuch, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("too large: 1024");
    }

    @Test
    void theHookCanAnswerBeforeTheEndpoint() throws Exception {
        router.setHook(new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) throws IOException {
                exchange.send(503, "text/plain", "busy");
                return true;
            }
        });
        HttpResponse<String> response = post("/echo/x", "hello");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("busy");
    }

    @Test
    void theHookCanCutTheConnectionMidResponse() {
        router.setHook(new ExchangeHook() {
            @Override
            public OutputStream wrapResponseBody(Exchange exchange, OutputStream body) {
                return new FilterOutputStream(body) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len / 2);
                        out.flush();
                        exchange.abort();
                        throw new IOException("cut by the test hook");
                    }
                };
            }
        });
        assertThatThrownBy(() -> post("/echo/x", "z".repeat(500))).isInstanceOf(IOException.class);
    }

    @Test
    void anEndpointFailureIsA500WithoutAStackTrace() throws Exception {
        router.add(new Endpoint() {
            @Override
            public String pathPrefix() {
                return "/boom";
            }

            @Override
            public void handle(Exchange exchange) {
                throw new IllegalStateException("secret internals");
            }
        });
        HttpResponse<String> response = get("/boom");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret internals").doesNotContain("at com.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Answers "METHOD path body", or "too large: N" past the limit. */
    private record Echo(String pathPrefix) implements Endpoint {
        @Override
        public void handle(Exchange exchange) throws IOException {
            String body;
            try {
                body = new String(exchange.readBody(LIMIT), StandardCharsets.UTF_8);
            } catch (BodyTooLargeException e) {
                exchange.send(413, "text/plain; charset=UTF-8", "too large: " + e.limit());
                return;
            }
            exchange.send(200, "text/plain; charset=UTF-8", exchange.method() + " " + exchange.path() + " " + body
                    + (exchange.requestWasGzipped() ? " (gzipped)" : ""));
        }
    }

    private record Named(String pathPrefix, String name) implements Endpoint {
        @Override
        public void handle(Exchange exchange) throws IOException {
            exchange.send(200, "text/plain; charset=UTF-8", name);
        }
    }
}
