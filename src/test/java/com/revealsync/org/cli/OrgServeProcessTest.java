package com.revealsync.org.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code org serve} as a user runs it: its own JVM, the announced line once it accepts calls, data
 * kept in the folder and closed cleanly when the process is stopped.
 */
class OrgServeProcessTest {

    private static final Pattern LISTENING = Pattern.compile("org listening on (http://127\\.0\\.0\\.1:(\\d+))");

    @Test
    void servesOnAFreePortUntilStoppedAndKeepsItsData(@TempDir Path data) throws Exception {
        Process process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "com.revealsync.RevealSyncApplication", "org", "serve", "--port", "0", "--data", data.toString(),
                "--session-ttl", "30m", "--daily-api-limit", "500")
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(process, lines), "org-serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String first = nextLine(lines, Duration.ofSeconds(60));
            Matcher m = LISTENING.matcher(first);
            assertThat(m.matches()).as("first line: " + first).isTrue();
            assertThat(nextLine(lines, Duration.ofSeconds(5))).contains("embedded test org").contains("not Salesforce");
            String baseUrl = m.group(1);

            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/services/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=reveal-sync"
                            + "&client_secret=reveal-sync-secret&username=admin%40reveal-sync.local&password=reveal-sync")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            String access = JsonMapper.shared().readTree(token.body()).get("access_token").asString();
            ConnectorConfig config = new ConnectorConfig();
            config.setServiceEndpoint(baseUrl + "/services/Soap/u/65.0");
            config.setSessionId(access);
            SObject lead = new SObject("Lead");
            lead.setField("LastName", "Persisted");
            lead.setField("Company", "Served Co");
            assertThat(Connector.newConnection(config).create(
                    new SObject[] {lead})[0].isSuccess()).isTrue();
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }

        StringWriter out = new StringWriter();
        CommandLine cli = RevealSyncCommand.withoutSpring();
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("org", "query", "SELECT LastName, Company FROM Lead", "--data", data.toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Persisted  Served Co");
    }

    private static String nextLine(BlockingQueue<String> lines, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String line = lines.poll(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("org serve printed nothing within " + timeout);
        }
        return line;
    }

    private static void readLines(Process process, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e.getMessage() + ")");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
