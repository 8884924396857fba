package com.revealsync.org.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.gzip.GzipRequest;
import org.eclipse.jetty.util.Callback;

/**
 * One HTTP request and its response, as endpoints and the {@link ExchangeHook} see them: a small,
 * blocking view over Jetty's request, response and callback. Gzip is already dealt with: the body
 * read here is inflated, and the response is compressed when the client asked for it.
 */
public final class Exchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final ExchangeHook hook;
    private OutputStream openBody;
    private boolean finished;

    Exchange(Request request, Response response, Callback callback, ExchangeHook hook) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.hook = hook;
    }

    public String method() {
        return request.getMethod();
    }

    /** The decoded path, e.g. {@code /services/Soap/u/65.0}. */
    public String path() {
        return Request.getPathInContext(request);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /** A query-string parameter ({@code ?name=value}), decoded. */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(Request.extractQueryParameters(request).getValue(name));
    }

    /** Whether the client sent the body gzipped (it reads inflated here all the same). */
    public boolean requestWasGzipped() {
        return Request.as(request, GzipRequest.class) != null;
    }

    /** The raw (still encoded) query string, or null. */
    public String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    /**
     * The request body, inflated if it came gzipped, failing with {@link BodyTooLargeException} past
     * {@code limit} bytes (checked against Content-Length up front when there is one).
     */
    public InputStream body(long limit) throws BodyTooLargeException {
        long declared = request.getLength();
        if (declared > limit) {
            closeAfterResponse();
            throw new BodyTooLargeException(limit);
        }
        return new LimitedInputStream(Content.Source.asInputStream(request), limit, this::closeAfterResponse);
    }

    /**
     * A body refused part-way is left unread on the connection: the answer says
     * {@code Connection: close}, so the client does not send its next request on a connection the
     * server is about to close (it would get no answer at all).
     */
    private void closeAfterResponse() {
        if (!isAnswered()) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
    }

    public byte[] readBody(long limit) throws IOException {
        try (InputStream in = body(limit)) {
            return in.readAllBytes();
        }
    }

    public void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /** Answers with a whole body at once. */
    public void send(int status, String contentType, byte[] body) throws IOException {
        OutputStream out = startResponse(status, contentType, body.length);
        out.write(body);
    }

    public void send(int status, String contentType, String body) throws IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts a streamed response of unknown length; the router completes it when the endpoint returns. */
    public OutputStream startResponse(int status, String contentType) throws IOException {
        return startResponse(status, contentType, -1);
    }

    private OutputStream startResponse(int status, String contentType, long length) throws IOException {
        if (openBody != null || finished) {
            throw new IllegalStateException("response already started");
        }
        response.setStatus(status);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        if (length >= 0) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
        }
        openBody = hook.wrapResponseBody(this, Content.Sink.asOutputStream(response));
        return openBody;
    }

    public boolean isAnswered() {
        return openBody != null || finished;
    }

    /**
     * Cuts the connection: what was written so far is all the client gets, as when a network or a
     * proxy resets it mid-response.
     */
    public void abort() {
        if (!finished) {
            finished = true;
            callback.failed(new EofException("connection reset by the embedded org"));
        }
    }

    boolean hookBefore() throws IOException {
        return hook.beforeHandle(this);
    }

    /** Completes the exchange (called by the router once the endpoint returned). */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        if (openBody != null) {
            openBody.close();
        }
        finished = true;
        callback.succeeded();
    }

    void fail(Throwable cause) {
        if (!finished) {
            finished = true;
            callback.failed(cause);
        }
    }
}
