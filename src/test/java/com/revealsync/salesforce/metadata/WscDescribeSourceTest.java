package com.revealsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real WSC PartnerConnection against a loopback server answering describeSObjects as an org does. */
class WscDescribeSourceTest {

    private static final String ENVELOPE = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns=\"urn:partner.soap.sforce.com\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:sf=\"urn:fault.partner.soap.sforce.com\"><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";
    private static final String LEAD = "<describeSObjectsResponse><result>"
            + "<createable>true</createable>"
            + "<fields><createable>true</createable><label>Last Name</label><length>80</length><name>LastName</name>"
            + "<nillable>false</nillable><type>string</type><updateable>true</updateable></fields>"
            + "<fields><createable>true</createable><defaultedOnCreate>true</defaultedOnCreate><label>Status</label>"
            + "<length>255</length><name>Status</name><nillable>false</nillable>"
            + "<picklistValues><active>true</active><defaultValue>true</defaultValue><label>Open</label><value>Open</value></picklistValues>"
            + "<restrictedPicklist>true</restrictedPicklist><type>picklist</type><updateable>true</updateable></fields>"
            + "<label>Lead</label><name>Lead</name></result></describeSObjectsResponse>";
    private static final String FAULT = "<soapenv:Fault><faultcode>sf:INVALID_TYPE</faultcode>"
            + "<faultstring>INVALID_TYPE: sObject type 'Opportunity' is not supported.</faultstring><detail>"
            + "<sf:InvalidSObjectFault xsi:type=\"sf:InvalidSObjectFault\"><sf:exceptionCode>INVALID_TYPE</sf:exceptionCode>"
            + "<sf:exceptionMessage>sObject type 'Opportunity' is not supported.</sf:exceptionMessage>"
            + "<sf:row>-1</sf:row><sf:column>-1</sf:column></sf:InvalidSObjectFault></detail></soapenv:Fault>";

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String lastRequestSession;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services/Soap/u/65.0", exchange -> {
            calls.incrementAndGet();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                byte[] raw = in.readAllBytes();
                boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
                body = new String(gzip ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw)).readAllBytes() : raw,
                        StandardCharsets.UTF_8);
            }
            lastRequestSession = body.contains("<sessionId>session-1</sessionId>") ? "session-1" : "none";
            boolean lead = body.contains(">Lead</");
            byte[] response = ENVELOPE.formatted(lead ? LEAD : FAULT).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(lead ? 200 : 500, response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void describesThroughTheSessionAndCachesPerObject() {
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort() + "/services/Soap/u/65.0";
        WscDescribeSource source = WscDescribeSource.connect(endpoint, "session-1");

        SObjectDescribe lead = source.describe("Lead");
        source.describe("Lead");

        assertThat(lead.field("LastName").orElseThrow().length()).isEqualTo(80);
        assertThat(lead.field("Status").orElseThrow().picklistValues()).containsExactly("Open");
        assertThat(lead.field("Status").orElseThrow().restrictedPicklist()).isTrue();
        assertThat(calls.get()).isEqualTo(1);
        assertThat(lastRequestSession).isEqualTo("session-1");
        assertThat(source.target()).isEqualTo(endpoint);
    }

    @Test
    void anUnknownObjectIsReportedWithTheOrgsWords() {
        WscDescribeSource source = WscDescribeSource.connect(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/services/Soap/u/65.0", "session-1");

        assertThatThrownBy(() -> source.describe("Opportunity"))
                .isInstanceOf(DescribeUnavailableException.class)
                .hasMessage("cannot describe Opportunity: INVALID_TYPE: sObject type 'Opportunity' is not supported.");
    }
}
