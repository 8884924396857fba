package com.revealsync.org.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each fault does what it says, seen by the real WSC clients or plain HTTP. */
class FaultInjectionEndToEndTest {

    private static EmbeddedOrg org;
    private static OrgClient client;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        client = new OrgClient(org);
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @AfterEach
    void clearFaults() {
        org.faults().clear();
    }

    @Test
    void latencyDelaysEveryCall() throws Exception {
        String token = client.accessToken(OrgClient.ADMIN);
        org.faults().set("latency=300ms");

        long start = System.nanoTime();
        HttpResponse<String> response = get("/services/async/65.0/job/7505g0000000000AAA", token);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(millis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void http503StrikesTheGivenShareOfCallsAndTheSameSeedRepeatsIt() throws Exception {
        String token = client.accessToken(OrgClient.ADMIN);

        org.faults().set("seed=42,http503=0.5");
        List<Integer> first = statuses(token, 40);
        org.faults().set("seed=42,http503=0.5");
        List<Integer> again = statuses(token, 40);
        org.faults().set("http503=1");
        HttpResponse<String> refused = get("/services/async/65.0/job/x", token);

        assertThat(first).contains(503, 400);
        assertThat(first.stream().filter(s -> s == 503).count()).isBetween(8L, 32L);
        assertThat(again).isEqualTo(first);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("Service Unavailable");
    }

    private List<Integer> statuses(String token, int calls) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            statuses.add(get("/services/async/65.0/job/7505g0000000000AAA", token).statusCode());
        }
        return statuses;
    }

    @Test
    void resetCutsTheConnectionAfterPartOfTheResponse() throws Exception {
        String token = client.accessToken(OrgClient.ADMIN);
        org.faults().set("reset=1");

        RawResponse raw = rawGet("/services/async/65.0/job/7505g0000000000AAA", token);

        assertThat(raw.head()).startsWith("HTTP/1.1 400");
        assertThat(raw.contentLength()).isPositive();
        assertThat(raw.body().length).isPositive().isLessThan(raw.contentLength());
        assertThatThrownBy(() -> get("/services/async/65.0/job/7505g0000000000AAA", token))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void lockFailsAShareOfRecordsInSoapAndInBulkWithTheRealMessage() throws Exception {
        String token = client.accessToken(OrgClient.ADMIN);
        PartnerConnection soap = client.partner(token);
        org.faults().set("seed=3,lock=1");

        SaveResult[] soapResults = soap.create(new SObject[] {lead("Locked")});
        List<String[]> bulkRows = bulkInsert(token, "LastName,Company\nLockedToo,Acme\n");
        org.faults().set("seed=3,lock=0.3");
        List<String[]> someRows = bulkInsert(token, leads(100));

        assertThat(soapResults[0].isSuccess()).isFalse();
        assertThat(soapResults[0].getErrors()[0].getStatusCode().name()).isEqualTo("UNABLE_TO_LOCK_ROW");
        assertThat(soapResults[0].getErrors()[0].getMessage()).startsWith("unable to obtain exclusive access to this record");
        assertThat(bulkRows.get(1)).containsExactly("", "false", "false",
                "UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record:--");
        long locked = someRows.stream().skip(1).filter(r -> r[3].startsWith("UNABLE_TO_LOCK_ROW:")).count();
        assertThat(locked).isBetween(10L, 50L);
        assertThat(someRows.stream().skip(1).filter(r -> r[1].equals("true")).count()).isEqualTo(100 - locked);
        assertThat(org.data().query("SELECT Id FROM Lead WHERE LastName = 'Locked'", 200).records()).isEmpty();
        assertThat(org.faults().injected().get(FaultKind.LOCK)).isGreaterThanOrEqualTo(2 + locked);
    }

    @Test
    void theSameSeedLocksTheSameRowsOfABulkLoad() throws Exception {
        String token = client.accessToken(OrgClient.ADMIN);

        org.faults().set("seed=99,lock=0.2");
        List<String> first = bulkInsert(token, leads(50)).stream().map(r -> r[1]).toList();
        org.faults().set("seed=99,lock=0.2");
        List<String> again = bulkInsert(token, leads(50)).stream().map(r -> r[1]).toList();

        assertThat(again).isEqualTo(first).contains("false");
    }

    @Test
    void aSessionExpiresAfterTheGivenNumberOfCalls() throws Exception {
        org.faults().set("expire-after=3");
        String bulkToken = client.accessToken(OrgClient.ADMIN);
        BulkConnection bulk = bulk(bulkToken);
        String soapToken = client.accessToken(OrgClient.ADMIN);
        PartnerConnection soap = client.partner(soapToken);

        String jobId = bulk.createJob("Lead", "insert").getId();
        bulk.getJobStatus(jobId);
        bulk.getBatchInfoList(jobId);
        soap.getUserInfo();
        soap.getUserInfo();
        soap.getUserInfo();

        assertThatThrownBy(() -> bulk.createJob("Lead", "insert")).isInstanceOfSatisfying(AsyncApiException.class,
                e -> assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.InvalidSessionId));
        assertThatThrownBy(soap::getUserInfo).isInstanceOfSatisfying(UnexpectedErrorFault.class,
                e -> assertThat(e.getExceptionCode().name()).isEqualTo("INVALID_SESSION_ID"));
        assertThat(org.faults().injected().get(FaultKind.SESSION_EXPIRED)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDailyApiLimitRefusesCallsPastIt() throws Exception {
        String token = client.accessToken(OrgClient.ADMIN);
        long used = org.apiUsage().used();
        org.faults().set("api-limit=" + (used + 2));
        BulkConnection bulk = bulk(token);
        PartnerConnection soap = client.partner(token);

        bulk.createJob("Lead", "insert");
        soap.getUserInfo();

        assertThatThrownBy(() -> bulk.createJob("Lead", "insert")).isInstanceOfSatisfying(AsyncApiException.class,
                e -> {
                    assertThat(e.getExceptionCode()).isEqualTo(AsyncExceptionCode.ExceededQuota);
                    assertThat(e.getExceptionMessage()).isEqualTo("TotalRequests Limit exceeded.");
                });
        assertThatThrownBy(soap::getUserInfo).isInstanceOfSatisfying(UnexpectedErrorFault.class,
                e -> assertThat(e.getExceptionCode().name()).isEqualTo("REQUEST_LIMIT_EXCEEDED"));
        org.faults().clear();
        assertThat(org.apiUsage().dailyLimit()).isEqualTo(OrgSettings.inMemory().dailyApiLimit());
    }

    private List<String[]> bulkInsert(String token, String csv) throws Exception {
        BulkConnection bulk = bulk(token);
        JobInfo job = new JobInfo();
        job.setObject("Lead");
        job.setOperation(OperationEnum.insert);
        job.setContentType(ContentType.CSV);
        job = bulk.createJob(job);
        BatchInfo batch = bulk.createBatchFromStream(job, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        String jobId = job.getId();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25))
                .until(() -> bulk.getBatchInfo(jobId, batch.getId()).getState() == BatchStateEnum.Completed);
        try (com.opencsv.CSVReader reader = new com.opencsv.CSVReader(new java.io.InputStreamReader(
                bulk.getBatchResultStream(jobId, batch.getId()), StandardCharsets.UTF_8))) {
            return reader.readAll();
        }
    }

    private static String leads(int n) {
        StringBuilder csv = new StringBuilder("LastName,Company\n");
        for (int i = 0; i < n; i++) {
            csv.append("Lead").append(i).append(",Acme\n");
        }
        return csv.toString();
    }

    private static SObject lead(String lastName) {
        SObject lead = new SObject("Lead");
        lead.setField("LastName", lastName);
        lead.setField("Company", "Acme");
        return lead;
    }

    private static BulkConnection bulk(String token) throws AsyncApiException {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(token);
        config.setRestEndpoint(org.baseUrl() + "/services/async/65.0");
        return new BulkConnection(config);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + path)).header("X-SFDC-Session", token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET over a bare socket, reading whatever arrives until the server closes the connection. */
    private static RawResponse rawGet(String path, String token) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", org.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-SFDC-Session: " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = readUntilClosed(socket.getInputStream());
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
            return new RawResponse(head, length.find() ? Integer.parseInt(length.group(1)) : -1,
                    Arrays.copyOfRange(all, split + 4, all.length));
        }
    }

    private static byte[] readUntilClosed(InputStream in) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.io.IOException e) {
            // a reset connection ends the response just as a close does
        }
        return bytes.toByteArray();
    }

    private record RawResponse(String head, int contentLength, byte[] body) {
    }
}
