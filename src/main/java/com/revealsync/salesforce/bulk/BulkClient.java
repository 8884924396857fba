package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.retry.Backoff;
import com.revealsync.salesforce.retry.CallSpec;
import com.revealsync.salesforce.retry.Retrier;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.transport.ResponseObserver;
import com.revealsync.salesforce.transport.TransportFailure;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import com.revealsync.salesforce.usage.ApiUsageMonitor;
import com.sforce.async.AsyncApiException;
import com.sforce.async.BulkConnection;
import com.sforce.ws.ConnectorConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Clock;
import java.util.HashMap;
import java.util.zip.GZIPInputStream;

/**
 * Runs Bulk API v1 requests for one token source. Each attempt gets its own {@link BulkConnection}
 * on the current token; an {@code InvalidSessionId} renews the token once and resends.
 */
public final class BulkClient {

    /** The Bulk API version, the same as the Partner API's. */
    public static final String API_VERSION = "65.0";

    private final TokenSource tokens;
    private final ConnectionSettings settings;
    private final ApiUsageMonitor usage;
    private final Retrier retrier;

    public BulkClient(TokenSource tokens, ConnectionSettings settings, Backoff backoff, Sleeper sleeper, Clock clock,
                      ApiUsageMonitor usage, ApiCallCounter counter) {
        this.tokens = tokens;
        this.settings = settings;
        this.usage = usage;
        this.retrier = new Retrier(ApiCallKind.BULK, backoff, sleeper, clock, BulkFaults::classify, tokens::renew,
                counter);
    }

    /** One Bulk request on a connection. */
    @FunctionalInterface
    public interface BulkAction<T> {
        T apply(BulkConnection connection) throws AsyncApiException, IOException;
    }

    public <T> T call(CallSpec spec, BulkAction<T> action) {
        return retrier.call(spec, () -> {
            ResponseObserver observer = new ResponseObserver(usage);
            BulkConnection connection = new BulkConnection(config(tokens.current(), observer));
            try {
                return action.apply(connection);
            } catch (AsyncApiException | IOException | NullPointerException e) {
                throw new TransportFailure(e, observer.lastStatus(), false);
            }
        });
    }

    /** Reads one streamed response body. */
    @FunctionalInterface
    public interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * GETs {@code path} (below the Bulk API's base URL) and hands its body to {@code reader} as it
     * arrives. WSC's {@code BulkConnection} copies a response into one byte array before returning
     * it; a query result file of a million records would not fit the heap. The request is WSC's own
     * ({@link ConnectorConfig#createConnection}: proxy, timeouts), with the session header; an error
     * answer becomes the {@link AsyncApiException} WSC would throw, so renewal and retries are the
     * same as for every other Bulk call.
     */
    public <T> T stream(CallSpec spec, String path, BodyReader<T> reader) {
        return retrier.call(spec, () -> {
            ResponseObserver observer = new ResponseObserver(usage);
            ConnectorConfig config = config(tokens.current(), observer);
            HashMap<String, String> headers = new HashMap<>();
            headers.put(BulkConnection.SESSION_ID, config.getSessionId());
            headers.put("Accept-Encoding", "gzip");
            int[] status = {0};
            try {
                HttpURLConnection http = config.createConnection(new URL(config.getRestEndpoint() + path), headers);
                status[0] = http.getResponseCode();
                InputStream body = status[0] >= 400 ? http.getErrorStream() : http.getInputStream();
                if (body != null && "gzip".equalsIgnoreCase(http.getContentEncoding())) {
                    body = new GZIPInputStream(body, 1 << 16);
                }
                try (InputStream in = body == null ? InputStream.nullInputStream() : body) {
                    if (status[0] >= 400) {
                        throw BulkErrorAnswer.read(status[0], in);
                    }
                    return reader.read(in);
                }
            } catch (AsyncApiException | IOException e) {
                throw new TransportFailure(e, status[0], false);
            }
        });
    }

    Retrier retrier() {
        return retrier;
    }

    private ConnectorConfig config(OrgToken token, ResponseObserver observer) {
        ConnectorConfig config = new ConnectorConfig();
        config.setRestEndpoint(token.instanceUrl() + "/services/async/" + API_VERSION);
        config.setSessionId(token.accessToken());
        config.setConnectionTimeout((int) settings.connectTimeout().toMillis());
        config.setReadTimeout((int) settings.readTimeout().toMillis());
        config.setUseChunkedPost(true); // streamed POSTs: the JDK never resends them by itself
        config.addMessageHandler(observer);
        return config;
    }
}
