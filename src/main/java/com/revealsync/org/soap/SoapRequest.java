package com.revealsync.org.soap;

import com.revealsync.org.data.DmlOptions;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed SOAP request: the operation element of the body (e.g. {@code create}) and the header
 * elements by local name ({@code SessionHeader}, {@code QueryOptions}, ...).
 */
record SoapRequest(XmlNode operation, Map<String, XmlNode> headers) {

    SoapRequest {
        headers = Map.copyOf(headers);
    }

    String operationName() {
        return operation.name();
    }

    /** The {@code sessionId} of the {@code SessionHeader}, if the client sent one. */
    Optional<String> sessionId() {
        return Optional.ofNullable(headers.get("SessionHeader")).flatMap(h -> h.childText("sessionId"));
    }

    /** The DML options of {@code AllOrNoneHeader} and {@code AllowFieldTruncationHeader}. */
    DmlOptions dmlOptions() {
        return new DmlOptions(flag("AllOrNoneHeader", "allOrNone"), flag("AllowFieldTruncationHeader", "allowFieldTruncation"));
    }

    private boolean flag(String header, String element) {
        return Optional.ofNullable(headers.get(header)).flatMap(h -> h.childText(element))
                .map(v -> v.strip().equals("true") || v.strip().equals("1")).orElse(false);
    }

    /** The {@code batchSize} of the {@code QueryOptions} header, if any. */
    Optional<String> queryBatchSize() {
        return Optional.ofNullable(headers.get("QueryOptions")).flatMap(h -> h.childText("batchSize"));
    }
}
