package com.revealsync.org.soap;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.limits.ApiKind;
import com.revealsync.org.server.BodyTooLargeException;
import com.revealsync.org.server.Endpoint;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.OrgContext;
import com.revealsync.org.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP Partner API at {@code /services/Soap/u/{version}[/{orgId}]}. Every call but
 * {@code login} needs a live session and counts against the daily API limit; every answer carries
 * the {@code LimitInfoHeader}; every refusal is a SOAP fault with HTTP 500 (WSC reads any status
 * below 400 as success).
 */
public final class SoapEndpoint implements Endpoint {

    public static final String PREFIX = "/services/Soap/u/";
    /** The largest request body accepted (after gzip inflation), as Salesforce's 50 MB. */
    public static final long MAX_BODY_BYTES = 50L * 1024 * 1024;

    static final int OLDEST_VERSION = 31;
    static final int NEWEST_VERSION = 68;
    private static final String XML = "text/xml;charset=UTF-8";
    private static final Pattern PATH = Pattern.compile("/services/Soap/u/(\\d{1,3})\\.(\\d)(?:/[A-Za-z0-9]{15,18})?/?");
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);

    private final OrgContext context;

    public SoapEndpoint(OrgContext context) {
        this.context = context;
    }

    @Override
    public String pathPrefix() {
        return PREFIX;
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        byte[] answer;
        int status = 500;
        try {
            answer = answer(exchange);
            status = 200;
        } catch (OrgFault fault) {
            answer = SoapEnvelope.fault(fault);
        } catch (SoapProtocolFault fault) {
            answer = SoapEnvelope.protocolFault(fault.faultCode(), fault.getMessage());
        } catch (BodyTooLargeException e) {
            answer = SoapEnvelope.fault(new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "EXCEEDED_MAX_SIZE_REQUEST",
                    "The request body exceeds the maximum request size of " + e.limit() + " bytes"));
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.warn("SOAP call failed unexpectedly, ErrorId {}", errorId, e);
            answer = SoapEnvelope.fault(new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "UNKNOWN_EXCEPTION",
                    "An unexpected error occurred. Please include this ErrorId if you contact support: " + errorId));
        }
        exchange.send(status, XML, answer);
    }

    private byte[] answer(Exchange exchange) throws IOException {
        if (!"POST".equals(exchange.method())) {
            throw SoapProtocolFault.client("The SOAP API accepts POST requests only, not " + exchange.method());
        }
        String version = version(exchange.path());
        checkCharset(exchange.header("Content-Type").orElse(""));
        SoapRequest request;
        try (InputStream body = exchange.body(MAX_BODY_BYTES)) {
            request = SoapRequestReader.read(body);
        }
        XmlNode element = request.operation();
        SoapOperation operation = SoapOperations.find(element).orElseThrow(() -> SoapProtocolFault.client(
                "No operation available for request {" + element.namespace() + "}" + element.name()
                        + ", please check the WSDL for the service."));
        Session session = null;
        long used;
        if (SoapOperations.LOGIN.equals(element.name())) {
            used = context.apiUsage().used();
        } else {
            session = context.sessions().require(request.sessionId().orElse(null));
            used = context.apiUsage().count(ApiKind.SOAP);
        }
        SoapWriter out = SoapEnvelope.open(used, context.apiUsage().dailyLimit());
        out.start(element.name() + "Response");
        operation.answer(new SoapCall(request, version, session, context), out);
        out.end(element.name() + "Response");
        return SoapEnvelope.close(out);
    }

    /** The API version of the URL, e.g. {@code 65.0}; refused as Salesforce refuses retired ones. */
    private static String version(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "UNSUPPORTED_API_VERSION",
                    "Invalid Api version specified on URL: " + path);
        }
        int major = Integer.parseInt(m.group(1));
        if (major < OLDEST_VERSION || major > NEWEST_VERSION) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "UNSUPPORTED_API_VERSION",
                    "Invalid Api version specified on URL: " + m.group(1) + "." + m.group(2));
        }
        return major + "." + m.group(2);
    }

    private static void checkCharset(String contentType) {
        String lower = contentType.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("charset=");
        if (at < 0) {
            return;
        }
        String charset = lower.substring(at + "charset=".length()).split("[;\\s]")[0].replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
            throw SoapProtocolFault.client("The request is declared as " + charset + "; the API accepts UTF-8 only");
        }
    }
}
