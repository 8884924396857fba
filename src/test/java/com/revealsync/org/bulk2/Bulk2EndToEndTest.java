package com.revealsync.org.bulk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.opencsv.CSVReader;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bulk API 2.0 over plain HTTP (java.net.http) with a Bearer token, as any REST client calls it. */
class Bulk2EndToEndTest {

    private static final String JOBS = "/services/data/v65.0/jobs/";
    private static EmbeddedOrg org;
    private static String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
        token = new OrgClient(org).accessToken(OrgClient.ADMIN);
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @Test
    void anIngestJobLoadsAndReportsSuccessfulAndFailedRecords() throws Exception {
        JsonNode job = json(send("POST", JOBS + "ingest", "application/json",
                "{\"object\":\"Lead\",\"operation\":\"insert\",\"contentType\":\"CSV\",\"lineEnding\":\"LF\"}"), 200);
        String id = job.get("id").asString();
        assertThat(job.get("state").asString()).isEqualTo("Open");
        assertThat(job.get("contentUrl").asString()).isEqualTo("services/data/v65.0/jobs/ingest/" + id + "/batches");

        HttpResponse<String> upload = send("PUT", JOBS + "ingest/" + id + "/batches", "text/csv",
                "LastName,Company,Email\nOne,Acme,one@example.com\n,Acme,nobody@example.com\nThree,\"Acme, Inc.\",bad@\n");
        HttpResponse<String> second = send("PUT", JOBS + "ingest/" + id + "/batches", "text/csv", "LastName,Company\nX,Y\n");
        JsonNode closed = json(send("PATCH", JOBS + "ingest/" + id, "application/json", "{\"state\":\"UploadComplete\"}"), 200);
        JsonNode done = awaitState(JOBS + "ingest/" + id, "JobComplete");

        assertThat(upload.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).contains("\"errorCode\":\"INVALIDJOBSTATE\"").contains("Found multiple contents for job");
        assertThat(closed.get("state").asString()).isEqualTo("UploadComplete");
        assertThat(done.get("numberRecordsProcessed").asInt()).isEqualTo(3);
        assertThat(done.get("numberRecordsFailed").asInt()).isEqualTo(2);
        assertThat(done.get("jobType").asString()).isEqualTo("V2Ingest");

        List<String[]> ok = csv(send("GET", JOBS + "ingest/" + id + "/successfulResults/", null, null));
        List<String[]> failed = csv(send("GET", JOBS + "ingest/" + id + "/failedResults/", null, null));
        List<String[]> unprocessed = csv(send("GET", JOBS + "ingest/" + id + "/unprocessedrecords/", null, null));

        assertThat(ok.get(0)).containsExactly("sf__Id", "sf__Created", "LastName", "Company", "Email");
        assertThat(ok).hasSize(2);
        assertThat(ok.get(1)[0]).startsWith("00Q");
        assertThat(ok.get(1)).endsWith("true", "One", "Acme", "one@example.com");
        assertThat(failed.get(0)).containsExactly("sf__Id", "sf__Error", "LastName", "Company", "Email");
        assertThat(failed.get(1)).containsExactly("", "REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --",
                "", "Acme", "nobody@example.com");
        assertThat(failed.get(2)).containsExactly("", "INVALID_EMAIL_ADDRESS:Email: invalid email address: bad@:Email --",
                "Three", "Acme, Inc.", "bad@");
        assertThat(unprocessed).hasSize(1);
    }

    @Test
    void anUpsertRerunReportsCreatedFalse() throws Exception {
        String csv = "Lusha_Id__c,LastName,Company\nb2-1,One,Acme\n";

        String first = loadAndWait("{\"object\":\"Lead\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Lusha_Id__c\"}", csv);
        String second = loadAndWait("{\"object\":\"Lead\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Lusha_Id__c\"}", csv);

        String[] created = csv(send("GET", JOBS + "ingest/" + first + "/successfulResults", null, null)).get(1);
        String[] updated = csv(send("GET", JOBS + "ingest/" + second + "/successfulResults", null, null)).get(1);
        assertThat(created[1]).isEqualTo("true");
        assertThat(updated[0]).isEqualTo(created[0]);
        assertThat(updated[1]).isEqualTo("false");
    }

    @Test
    void anUnknownColumnFailsTheJobWithAClearMessage() throws Exception {
        String id = loadAndWait("{\"object\":\"Lead\",\"operation\":\"insert\"}", "LastName,Colour\nX,red\n");

        JsonNode job = json(send("GET", JOBS + "ingest/" + id, null, null), 200);

        assertThat(job.get("state").asString()).isEqualTo("Failed");
        assertThat(job.get("errorMessage").asString()).isEqualTo("InvalidBatch : Field name not found : Colour");
        assertThat(csv(send("GET", JOBS + "ingest/" + id + "/unprocessedrecords", null, null)))
                .extracting(r -> r[0]).containsExactly("LastName", "X");
    }

    @Test
    void anAbortedJobLeavesItsUploadUnprocessed() throws Exception {
        String id = json(send("POST", JOBS + "ingest", "application/json", "{\"object\":\"Account\",\"operation\":\"insert\"}"), 200)
                .get("id").asString();
        send("PUT", JOBS + "ingest/" + id + "/batches", "text/csv", "Name\nAborted One\nAborted Two\n");

        JsonNode aborted = json(send("PATCH", JOBS + "ingest/" + id, "application/json", "{\"state\":\"Aborted\"}"), 200);
        List<String[]> unprocessed = csv(send("GET", JOBS + "ingest/" + id + "/unprocessedrecords", null, null));

        assertThat(aborted.get("state").asString()).isEqualTo("Aborted");
        assertThat(unprocessed).extracting(r -> r[0]).containsExactly("Name", "Aborted One", "Aborted Two");
        assertThat(org.data().query("SELECT Id FROM Account WHERE Name LIKE 'Aborted%'", 200).records()).isEmpty();
    }

    @Test
    void aQueryJobPagesItsRowsWithALocator() throws Exception {
        loadAndWait("{\"object\":\"Account\",\"operation\":\"insert\"}", "Name,Industry\nPaged A,Banking\nPaged B,Banking\nPaged C,Banking\n");
        JsonNode job = json(send("POST", JOBS + "query", "application/json",
                "{\"operation\":\"query\",\"query\":\"SELECT Name, Industry FROM Account WHERE Name LIKE 'Paged%' ORDER BY Name\"}"), 200);
        String id = job.get("id").asString();
        assertThat(job.get("object").asString()).isEqualTo("Account");
        awaitState(JOBS + "query/" + id, "JobComplete");

        HttpResponse<String> first = send("GET", JOBS + "query/" + id + "/results?maxRecords=2", null, null);
        String locator = first.headers().firstValue("Sforce-Locator").orElseThrow();
        HttpResponse<String> rest = send("GET", JOBS + "query/" + id + "/results?maxRecords=2&locator=" + locator, null, null);

        assertThat(csv(first)).extracting(r -> r[0]).containsExactly("Name", "Paged A", "Paged B");
        assertThat(first.headers().firstValue("Sforce-NumberOfRecords")).hasValue("2");
        assertThat(csv(rest)).extracting(r -> r[0]).containsExactly("Name", "Paged C");
        assertThat(rest.headers().firstValue("Sforce-Locator")).hasValue("null");
    }

    @Test
    void errorsAreSalesforceRestErrors() throws Exception {
        HttpResponse<String> noSession = http.send(HttpRequest.newBuilder(URI.create(org.baseUrl() + JOBS + "ingest"))
                .header("Authorization", "Bearer not-a-token").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownJob = send("GET", JOBS + "ingest/7505g0000000000AAA", null, null);
        HttpResponse<String> badJson = send("POST", JOBS + "ingest", "application/json", "{\"object\": ");
        HttpResponse<String> badObject = send("POST", JOBS + "ingest", "application/json", "{\"object\":\"Leads\",\"operation\":\"insert\"}");

        assertThat(noSession.statusCode()).isEqualTo(401);
        assertThat(noSession.body()).isEqualTo("[{\"errorCode\":\"INVALID_SESSION_ID\",\"message\":\"Session expired or invalid\"}]");
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(unknownJob.body()).isEqualTo("[{\"errorCode\":\"NOT_FOUND\",\"message\":\"The requested resource does not exist\"}]");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("\"errorCode\":\"JSON_PARSER_ERROR\"");
        assertThat(badObject.body()).isEqualTo("[{\"errorCode\":\"INVALIDENTITY\",\"message\":\"sObject type 'Leads' is not supported.\"}]");
    }

    private String loadAndWait(String jobJson, String csv) throws Exception {
        String id = json(send("POST", JOBS + "ingest", "application/json", jobJson), 200).get("id").asString();
        assertThat(send("PUT", JOBS + "ingest/" + id + "/batches", "text/csv", csv).statusCode()).isEqualTo(201);
        json(send("PATCH", JOBS + "ingest/" + id, "application/json", "{\"state\":\"UploadComplete\"}"), 200);
        AtomicReference<String> state = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25)).until(() -> {
            state.set(json(send("GET", JOBS + "ingest/" + id, null, null), 200).get("state").asString());
            return state.get().equals("JobComplete") || state.get().equals("Failed");
        });
        return id;
    }

    private JsonNode awaitState(String path, String state) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25)).until(() -> {
            last.set(json(send("GET", path, null, null), 200));
            return last.get().get("state").asString().equals(state);
        });
        return last.get();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(org.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JsonMapper.shared().readTree(response.body());
    }

    private static List<String[]> csv(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (CSVReader reader = new CSVReader(new StringReader(response.body()))) {
            return reader.readAll();
        }
    }
}
