package com.revealsync.org.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.OrgClient;
import com.sforce.async.BulkConnection;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code org stats}: records per object and API calls by kind, from a running org and from its folder. */
class OrgStatsCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void countsRecordsAndCallsOfEachKindWhileRunningAndAfterStopping() throws Exception {
        try (EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inFolder(dataDir))) {
            OrgClient client = new OrgClient(org);
            String token = client.accessToken(OrgClient.ADMIN);
            SObject lead = new SObject("Lead");
            lead.setField("LastName", "Counted");
            lead.setField("Company", "Acme");
            client.partner(token).create(new SObject[] {lead, lead});
            bulk(org, token).createJob("Lead", "insert");
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(org.baseUrl() + "/services/data/v65.0/jobs/ingest"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());

            OrgStats stats = org.stats();
            Result running = run("org", "stats", "--data", dataDir.toString());

            assertThat(stats.records()).containsEntry("Lead", 2L);
            assertThat(stats.apiCalls()).containsEntry("SOAP", 1L).containsEntry("Bulk v1", 1L)
                    .containsEntry("Bulk 2.0", 1L).containsEntry("OAuth", 1L);
            assertThat(running.exitCode()).isZero();
            assertThat(running.out()).contains("running at " + org.baseUrl())
                    .containsPattern("Lead +2\n").containsPattern("Bulk v1 +1\n").containsPattern("Bulk 2\\.0 +1\n")
                    .containsPattern("SOAP +1\n").containsPattern("OAuth +1\n");
        }

        Result stopped = run("org", "stats", "--data", dataDir.toString());

        assertThat(stopped.exitCode()).isZero();
        assertThat(stopped.out()).contains("(stopped; API calls as the org last saved them)")
                .containsPattern("Lead +2\n").containsPattern("Bulk v1 +1\n");
    }

    @Test
    void saysClearlyWhenThereIsNothingToRead() {
        Result noFolder = run("org", "stats", "--data", dataDir.resolve("missing").toString());
        Result noOrg = run("org", "stats", "--url", "http://127.0.0.1:1");

        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.err()).contains("no embedded org data in");
        assertThat(noOrg.exitCode()).isEqualTo(2);
        assertThat(noOrg.err()).contains("no embedded org answers at http://127.0.0.1:1");
    }

    private static BulkConnection bulk(EmbeddedOrg org, String token) throws Exception {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(token);
        config.setRestEndpoint(org.baseUrl() + "/services/async/65.0");
        return new BulkConnection(config);
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RevealSyncCommand.withoutSpring();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {
    }
}
