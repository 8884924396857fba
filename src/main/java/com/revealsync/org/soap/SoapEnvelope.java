package com.revealsync.org.soap;

import com.revealsync.org.data.OrgFault;

/** The envelopes around a response body and around a fault. */
final class SoapEnvelope {

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"" + SoapNames.ENVELOPE + "\" xmlns=\"" + SoapNames.PARTNER
            + "\" xmlns:xsi=\"" + SoapNames.XSI + "\" xmlns:sf=\"" + SoapNames.SOBJECT + "\">";
    private static final String OPEN_FAULT = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"" + SoapNames.ENVELOPE + "\" xmlns:sf=\"" + SoapNames.FAULT
            + "\" xmlns:xsi=\"" + SoapNames.XSI + "\">";

    private SoapEnvelope() {
    }

    /** Opens the envelope and its header with the usage, and opens the body. */
    static SoapWriter open(long apiUsed, long apiLimit) {
        SoapWriter w = new SoapWriter().raw(OPEN);
        w.start("soapenv:Header").start("LimitInfoHeader").start("limitInfo")
                .element("current", apiUsed).element("limit", apiLimit).element("type", "API REQUESTS")
                .end("limitInfo").end("LimitInfoHeader").end("soapenv:Header");
        return w.start("soapenv:Body");
    }

    static byte[] close(SoapWriter w) {
        return w.end("soapenv:Body").end("soapenv:Envelope").toBytes();
    }

    /** A fault with the detail element WSC maps to its exception class ({@code sf:LoginFault}, ...). */
    static byte[] fault(OrgFault fault) {
        String code = fault.exceptionCode();
        String detail = detailType(fault.kind());
        SoapWriter w = new SoapWriter().raw(OPEN_FAULT).start("soapenv:Body").start("soapenv:Fault")
                .element("faultcode", "sf:" + code)
                .element("faultstring", code + ": " + fault.getMessage())
                .start("detail")
                .raw("<sf:" + detail + " xsi:type=\"sf:" + detail + "\">")
                .element("sf:exceptionCode", code)
                .element("sf:exceptionMessage", fault.getMessage());
        if (isQueryFault(fault.kind())) {
            w.element("sf:row", fault.row() == null ? -1 : fault.row())
                    .element("sf:column", fault.column() == null ? -1 : fault.column());
        }
        return w.end("sf:" + detail).end("detail").end("soapenv:Fault").end("soapenv:Body").end("soapenv:Envelope").toBytes();
    }

    /** A fault without detail ({@code soapenv:Client}): the request was not a usable SOAP call. */
    static byte[] protocolFault(String faultCode, String message) {
        return new SoapWriter().raw(OPEN_FAULT).start("soapenv:Body").start("soapenv:Fault")
                .element("faultcode", faultCode).element("faultstring", message)
                .end("soapenv:Fault").end("soapenv:Body").end("soapenv:Envelope").toBytes();
    }

    private static String detailType(OrgFault.Kind kind) {
        return switch (kind) {
            case UNEXPECTED_ERROR -> "UnexpectedErrorFault";
            case INVALID_FIELD -> "InvalidFieldFault";
            case MALFORMED_QUERY -> "MalformedQueryFault";
            case INVALID_SOBJECT -> "InvalidSObjectFault";
            case INVALID_QUERY_LOCATOR -> "InvalidQueryLocatorFault";
            case LOGIN -> "LoginFault";
            case INVALID_ID -> "InvalidIdFault";
        };
    }

    private static boolean isQueryFault(OrgFault.Kind kind) {
        return kind == OrgFault.Kind.INVALID_FIELD || kind == OrgFault.Kind.MALFORMED_QUERY
                || kind == OrgFault.Kind.INVALID_SOBJECT;
    }
}
