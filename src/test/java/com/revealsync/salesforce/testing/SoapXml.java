package com.revealsync.salesforce.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SOAP answers in the shapes WSC reads (see salesforce-wire.md), for scripting a {@link FakeHttpOrg}. */
public final class SoapXml {

    private SoapXml() {
    }

    public static String envelope(String body) {
        return envelope("", body);
    }

    public static String envelope(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:sf=\"urn:sobject.partner.soap.sforce.com\">"
                + (header.isEmpty() ? "" : "<soapenv:Header>" + header + "</soapenv:Header>")
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    public static String limitInfo(long current, long limit) {
        return "<LimitInfoHeader><limitInfo><current>" + current + "</current><limit>" + limit
                + "</limit><type>API REQUESTS</type></limitInfo></LimitInfoHeader>";
    }

    public static String saveOk(String id) {
        return "<result><id>" + id + "</id><success>true</success></result>";
    }

    public static String saveError(String code, String message, String field) {
        return "<result><errors>" + (field == null ? "" : "<fields>" + field + "</fields>") + "<message>" + message
                + "</message><statusCode>" + code + "</statusCode></errors><id xsi:nil=\"true\"/><success>false</success></result>";
    }

    public static String upsertOk(String id, boolean created) {
        return "<result><created>" + created + "</created><id>" + id + "</id><success>true</success></result>";
    }

    public static String fault(String code, String message) {
        return envelope("<soapenv:Fault xmlns:sf=\"urn:fault.partner.soap.sforce.com\"><faultcode>sf:" + code
                + "</faultcode><faultstring>" + code + ": " + message + "</faultstring><detail>"
                + "<sf:UnexpectedErrorFault xsi:type=\"sf:UnexpectedErrorFault\"><sf:exceptionCode>" + code
                + "</sf:exceptionCode><sf:exceptionMessage>" + message + "</sf:exceptionMessage>"
                + "</sf:UnexpectedErrorFault></detail></soapenv:Fault>");
    }

    /** The operation of a SOAP request body: {@code create}, {@code query}, ... */
    public static String operation(String requestBody) {
        Matcher m = Pattern.compile("<soapenv:Body><m:(\\w+)|<env:Body><m:(\\w+)|Body><(?:\\w+:)?(\\w+)").matcher(requestBody);
        if (!m.find()) {
            return "";
        }
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return "";
    }

    /** How many sObjects a create/update/upsert request carries. */
    public static int recordCount(String requestBody) {
        Matcher m = Pattern.compile("<m:sObjects>|<sObjects>").matcher(requestBody);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The session id a request carries. */
    public static String sessionId(String requestBody) {
        Matcher m = Pattern.compile("<sessionId>([^<]*)</sessionId>").matcher(requestBody);
        return m.find() ? m.group(1) : null;
    }
}
