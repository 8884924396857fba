package com.revealsync.org.soap;

import static com.revealsync.org.soap.SoapOperationsTest.lead;
import static com.revealsync.org.soap.SoapOperationsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.ExchangeHook;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What travels on the wire: text round-trips exactly, gzip both ways, several clients at once. */
class SoapWireTest {

    private static EmbeddedOrg org;
    private static PartnerConnection partner;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        partner = new OrgClient(org).partner();
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @AfterEach
    void removeHook() {
        org.setExchangeHook(null);
    }

    @Test
    void specialCharactersRoundTripExactly() throws Exception {
        String lastName = "<O'Brien & \"Sons\"> ]]> 👩‍💻🚀 𠜎";
        String title = "שלום עולם — مرحبا بالعالم";
        String description = "line one\nline two\ttabbed &amp; not an entity <![CDATA[x]]> é e\u0301 ";
        SObject lead = lead(lastName, "Ünïcødé GmbH");
        lead.setField("Title", title);
        lead.setField("Description", description);
        String id = ok(partner.create(new SObject[] {lead})[0]);

        SObject queried = partner.query("SELECT Id, LastName, Title, Description, Company FROM Lead WHERE Id = '" + id + "'")
                .getRecords()[0];
        SObject retrieved = partner.retrieve("LastName, Title, Description", "Lead", new String[] {id})[0];
        for (SObject row : List.of(queried, retrieved)) {
            assertThat(row.getField("LastName")).isEqualTo(lastName);
            assertThat(row.getField("Title")).isEqualTo(title);
            assertThat(row.getField("Description")).isEqualTo(description);
        }
        assertThat(queried.getField("Company")).isEqualTo("Ünïcødé GmbH");
        assertThat(partner.query("SELECT Id FROM Lead WHERE LastName = '" + lastName.replace("'", "\\'") + "'").getSize())
                .isEqualTo(1);
    }

    /**
     * WSC writes a carriage return raw, and XML parsing turns it into a line feed (a real org
     * loses it too); sent as {@code &#13;} it is kept, and the org writes it back escaped.
     */
    @Test
    void anEscapedCarriageReturnIsKept() throws Exception {
        OrgClient client = new OrgClient(org);
        String session = client.accessToken(OrgClient.ADMIN);
        String envelope = "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Header>"
                + "<SessionHeader xmlns=\"urn:partner.soap.sforce.com\"><sessionId>" + session + "</sessionId></SessionHeader>"
                + "</env:Header><env:Body><create xmlns=\"urn:partner.soap.sforce.com\"><sObjects><type>Lead</type>"
                + "<LastName>Crlf</LastName><Company>Acme</Company><Description>a&#13;\nb</Description></sObjects></create>"
                + "</env:Body></env:Envelope>";
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/Soap/u/65.0"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build());
        assertThat(created.body()).contains("<success>true</success>");
        SObject row = partner.query("SELECT Description FROM Lead WHERE LastName = 'Crlf'").getRecords()[0];
        assertThat(row.getField("Description")).isEqualTo("a\r\nb");
    }

    @Test
    void wscRequestsArriveGzippedAndAskForGzip() throws Exception {
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        org.setExchangeHook(new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) {
                seen.add("accept " + exchange.header("Accept-Encoding").orElse("-") + ", body gzipped " + exchange.requestWasGzipped());
                return false;
            }
        });
        partner.create(new SObject[] {lead("Zipped", "Gzip Inc")});
        assertThat(seen).containsExactly("accept gzip, body gzipped true");
    }

    @Test
    void theResponseIsGzippedWhenAskedAndPlainOtherwise() throws Exception {
        String session = new OrgClient(org).accessToken(OrgClient.ADMIN);
        String envelope = "<env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Header>"
                + "<SessionHeader xmlns=\"urn:partner.soap.sforce.com\"><sessionId>" + session + "</sessionId></SessionHeader>"
                + "</env:Header><env:Body><describeSObject xmlns=\"urn:partner.soap.sforce.com\"><sObjectType>Lead</sObjectType>"
                + "</describeSObject></env:Body></env:Envelope>";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/Soap/u/65.0"))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope));
        OrgClient client = new OrgClient(org);

        HttpResponse<byte[]> zipped = client.http().send(request.copy().header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(zipped.body())).contains("<name>LastName</name>");

        HttpResponse<String> plain = client.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("<name>LastName</name>");
    }

    @Test
    void fourClientsAtOnce() throws Exception {
        String company = "Concurrent " + UUID.randomUUID();
        int threads = 4;
        int calls = 10;
        int perCall = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<String>> worker = () -> {
                    PartnerConnection own = new OrgClient(org).partner();
                    List<String> ids = new ArrayList<>();
                    for (int c = 0; c < calls; c++) {
                        SObject[] batch = new SObject[perCall];
                        for (int i = 0; i < perCall; i++) {
                            batch[i] = lead("T" + thread + "-" + c + "-" + i, company);
                        }
                        for (SaveResult r : own.create(batch)) {
                            ids.add(ok(r));
                        }
                        own.query("SELECT Id FROM Lead WHERE Company = '" + company + "' LIMIT 5");
                    }
                    return ids;
                };
                futures.add(pool.submit(worker));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * calls * perCall);
            QueryResult count = partner.query("SELECT COUNT() FROM Lead WHERE Company = '" + company + "'");
            assertThat(count.getSize()).isEqualTo(threads * calls * perCall);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
