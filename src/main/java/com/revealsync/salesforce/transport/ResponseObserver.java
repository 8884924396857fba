package com.revealsync.salesforce.transport;

import com.revealsync.salesforce.usage.ApiUsage;
import com.revealsync.salesforce.usage.ApiUsageMonitor;
import com.sforce.ws.MessageHandlerWithHeaders;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the HTTP responses of one WSC connection: keeps the last status code (WSC's transport does
 * not expose it, and a 503 page is not a SOAP fault) and records the org's {@code Sforce-Limit-Info}
 * usage. Confined to the thread that owns the connection.
 */
public final class ResponseObserver implements MessageHandlerWithHeaders {

    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/\\S+\\s+(\\d{3})");

    private final ApiUsageMonitor usage;
    private int lastStatus;

    public ResponseObserver(ApiUsageMonitor usage) {
        this.usage = usage;
    }

    /** Forgets the last response, before a new request. */
    public void reset() {
        lastStatus = 0;
    }

    /** The status of the last response, 0 when none came. */
    public int lastStatus() {
        return lastStatus;
    }

    @Override
    public void handleRequest(URL endpoint, byte[] request) {
        // requests are not inspected: they may hold the session id
    }

    @Override
    public void handleRequest(URL endpoint, byte[] request, Map<String, List<String>> headers) {
        // as above
    }

    @Override
    public void handleResponse(URL endpoint, byte[] response) {
        // without headers there is nothing to read
    }

    @Override
    public void handleResponse(URL endpoint, byte[] response, Map<String, List<String>> headers) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, values) -> {
            if (values == null || values.isEmpty()) {
                return;
            }
            if (name == null) {
                Matcher m = STATUS_LINE.matcher(values.get(0));
                if (m.find()) {
                    lastStatus = Integer.parseInt(m.group(1));
                }
            } else if (name.equalsIgnoreCase("Sforce-Limit-Info")) {
                ApiUsage.fromLimitInfoHeader(values.get(0)).ifPresent(usage::record);
            }
        });
    }
}
