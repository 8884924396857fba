package com.revealsync.org.soap;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that are not usable SOAP calls, sent over plain HTTP: each gets HTTP 500 and a SOAP fault
 * that says what is wrong, quickly, with no stack trace.
 */
class SoapBadInputTest {

    private static final String ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    private static EmbeddedOrg org;
    private static OrgClient client;
    private static String session;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        client = new OrgClient(org);
        session = client.accessToken(OrgClient.ADMIN);
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @Test
    void malformedXml() {
        assertFault(post(utf8("<env:Envelope xmlns:env=\"" + ENV + "\"><env:Body><getUserInfo></env:Body>")),
                "soapenv:Client", "Malformed request XML at line 1");
    }

    @Test
    void notXmlAtAll() {
        assertFault(post(utf8("hello, org")), "soapenv:Client", "Malformed request XML");
    }

    @Test
    void anEmptyBody() {
        assertFault(post(new byte[0]), "soapenv:Client", "Malformed request XML");
    }

    @Test
    void aWrongEnvelopeNamespace() {
        assertFault(post(utf8("<env:Envelope xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\"><env:Body>"
                + "<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/></env:Body></env:Envelope>")),
                "soapenv:VersionMismatch", "Wrong SOAP envelope namespace");
    }

    @Test
    void anOperationInAnotherNamespace() {
        assertFault(post(envelope("<getUserInfo xmlns=\"urn:enterprise.soap.sforce.com\"/>")), "soapenv:Client",
                "No operation available for request {urn:enterprise.soap.sforce.com}getUserInfo");
    }

    @Test
    void anUnknownOperation() {
        assertFault(post(envelope("<frobnicate xmlns=\"urn:partner.soap.sforce.com\"/>")), "soapenv:Client",
                "No operation available for request {urn:partner.soap.sforce.com}frobnicate");
    }

    @Test
    void aBodyThatInflatesPastTheLimit() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(utf8(header() + "<create xmlns=\"urn:partner.soap.sforce.com\"><sObjects><type>Lead</type><LastName>"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) 'a');
            for (int i = 0; i < 51; i++) {
                gzip.write(spaces);
            }
            gzip.write(utf8("</LastName></sObjects></create></env:Body></env:Envelope>"));
        }
        HttpRequest request = base().header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())).build();
        assertFault(client.send(request), "sf:EXCEEDED_MAX_SIZE_REQUEST", "exceeds the maximum request size of 52428800 bytes");
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = (header() + "<query xmlns=\"urn:partner.soap.sforce.com\"><queryString>SELECT Id FROM Lead WHERE LastName = 'Müller'"
                + "</queryString></query></env:Body></env:Envelope>").getBytes(StandardCharsets.ISO_8859_1);
        assertFault(post(latin1), "soapenv:Client", "The request body is not valid UTF-8 at line 1");
    }

    @Test
    void aDeclaredEncodingOtherThanUtf8() {
        assertFault(post(utf8("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + header()
                        + "<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/></env:Body></env:Envelope>")),
                "soapenv:Client", "declares encoding ISO-8859-1");
        HttpRequest latin = base().setHeader("Content-Type", "text/xml; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope("<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/>"))).build();
        assertFault(client.send(latin), "soapenv:Client", "declared as iso-8859-1");
    }

    @Test
    void aDoctypeIsRefused() {
        assertFault(post(utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + header() + "<getUserInfo xmlns=\"urn:partner.soap.sforce.com\">&xxe;</getUserInfo></env:Body></env:Envelope>")),
                "soapenv:Client", "DOCTYPE is not allowed");
    }

    @Test
    void aGetRequest() {
        assertFault(client.send(base().GET().build()), "soapenv:Client", "accepts POST requests only");
    }

    @Test
    void aRetiredApiVersion() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/Soap/u/20.0"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(envelope("<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/>"))).build();
        assertFault(client.send(request), "sf:UNSUPPORTED_API_VERSION", "Invalid Api version specified on URL");
    }

    @Test
    void aWellFormedCallStillWorksOverPlainHttp() {
        HttpResponse<String> response = post(envelope("<getUserInfo xmlns=\"urn:partner.soap.sforce.com\"/>"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<userName>admin@reveal-sync.local</userName>").contains("<LimitInfoHeader>");
    }

    private static void assertFault(HttpResponse<String> response, String faultCode, String text) {
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(response.body()).contains("<soapenv:Fault>").contains("<faultcode>" + faultCode + "</faultcode>")
                .contains(text)
                .doesNotContain("at com.").doesNotContain("at java.").doesNotContain("Exception");
    }

    private static HttpResponse<String> post(byte[] body) {
        return client.send(base().POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static HttpRequest.Builder base() {
        return HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/Soap/u/65.0"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"");
    }

    private static String header() {
        return "<env:Envelope xmlns:env=\"" + ENV + "\"><env:Header><SessionHeader xmlns=\"urn:partner.soap.sforce.com\">"
                + "<sessionId>" + session + "</sessionId></SessionHeader></env:Header><env:Body>";
    }

    private static byte[] envelope(String operation) {
        return utf8(header() + operation + "</env:Body></env:Envelope>");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
