package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.server.Exchange;
import com.revealsync.org.server.ExchangeHook;
import com.revealsync.salesforce.bulk.BulkClient;
import com.revealsync.testing.CliRunner;
import com.revealsync.testing.EmbeddedOrgTestSupport;
import com.revealsync.testing.PeopleBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Bulk-mode run writes through one Bulk job per object for the whole run: every chunk adds its
 * batches to it, and it is closed once, when the run ends. Writes small enough for one SOAP call
 * (here the Accounts of a chunk) go through SOAP. Every Bulk request is counted in the summary.
 */
@SpringBootTest
class BulkJobsPerRunTest {

    static final int PEOPLE = 1_200;
    @RegisterExtension
    static final EmbeddedOrgTestSupport ORG = new EmbeddedOrgTestSupport();
    private static final Pattern JOB = Pattern.compile("/services/async/[0-9.]+/job/([A-Za-z0-9]+)");

    @DynamicPropertySource
    static void org(DynamicPropertyRegistry registry) {
        ORG.register(registry);
        registry.add("reveal-sync.sync.bulk-chunk-size", () -> "300");
        registry.add("reveal-sync.sync.bulk-small-write", () -> "50");
    }

    @AfterEach
    void unhook() {
        ORG.org().setExchangeHook(ExchangeHook.NONE);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void everyChunkAddsBatchesToOneOpenJobPerObjectClosedOnceAtTheEnd() {
        List<String> bulk = Collections.synchronizedList(new ArrayList<>());
        ORG.org().setExchangeHook(new ExchangeHook() {
            @Override
            public boolean beforeHandle(Exchange exchange) {
                if (exchange.path().startsWith("/services/async/")) {
                    bulk.add(exchange.method() + " " + exchange.path().replaceAll("/$", "")); // WSC ends some paths with '/'
                }
                return false;
            }
        });
        Path file = ORG.csv("per-run.csv", PeopleBatch.halfLeadsHalfContacts("per-run", PEOPLE, 30));
        Path summary = ORG.dataDir().resolve("per-run-summary.json");

        CliRunner.Result result = new CliRunner(context).run("sync", "--input", file.toString(), "--api", "bulk",
                "--summary-json", summary.toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        List<String> created = bulk.stream().filter(r -> r.matches("POST /services/async/[0-9.]+/job")).toList();
        assertThat(created).as("one Lead job and one Contact job for four chunks; the Accounts went through SOAP").hasSize(2);
        List<String> jobs = bulk.stream().map(JOB::matcher).filter(Matcher::find).map(m -> m.group(1)).distinct().toList();
        assertThat(jobs).hasSize(2);
        for (String job : jobs) {
            assertThat(bulk).as("job %s: a batch per chunk", job)
                    .filteredOn(r -> r.startsWith("POST") && r.endsWith("/job/" + job + "/batch")).hasSize(4);
            assertThat(bulk).as("job %s: closed once", job).filteredOn(r -> r.equals("POST " + path(job))).hasSize(1);
            int close = bulk.indexOf("POST " + path(job));
            assertThat(bulk.subList(close + 1, bulk.size())).as("nothing of job %s after its close", job)
                    .noneMatch(r -> r.contains("/job/" + job + "/"));
        }
        assertThat(ORG.query("SELECT Lusha_Id__c FROM Lead WHERE Email LIKE '%@per-run.example'"))
                .extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates().hasSize(PEOPLE / 2);
        assertThat(ORG.query("SELECT AccountId FROM Contact WHERE Email LIKE '%@per-run.example'"))
                .hasSize(PEOPLE / 2).allSatisfy(r -> assertThat(r.fields().get("AccountId")).isNotNull());
        assertThat(summaryBulkCalls(summary)).as("the summary counts every Bulk request").isEqualTo(bulk.size());
        assertThat(jdbc.queryForList("SELECT object_name FROM bulk_pace WHERE org_url = ? AND nanos_per_record > 0",
                String.class, ORG.org().baseUrl())).as("the org's pace per object, kept for the next run")
                .containsExactlyInAnyOrder("Lead", "Contact");
        Map<String, Long> byOperation = summaryCallsByOperation(summary);
        assertThat(byOperation.get("bulk addBatch")).as("the summary's batches added: one per chunk and job")
                .isEqualTo(bulk.stream().filter(r -> r.startsWith("POST") && r.endsWith("/batch")).count());
        assertThat(byOperation.entrySet().stream().filter(e -> e.getKey().startsWith("bulk ")).mapToLong(Map.Entry::getValue).sum())
                .as("the Bulk operations add up to the Bulk calls").isEqualTo(bulk.size());
    }

    private static Map<String, Long> summaryCallsByOperation(Path summary) {
        JsonNode calls = JsonMapper.builder().build().readTree(summary.toFile()).get("apiCallsByOperation");
        Map<String, Long> byOperation = new java.util.TreeMap<>();
        calls.properties().forEach(e -> byOperation.put(e.getKey(), e.getValue().asLong()));
        return byOperation;
    }

    private static String path(String job) {
        return "/services/async/" + BulkClient.API_VERSION + "/job/" + job;
    }

    private static long summaryBulkCalls(Path summary) {
        try {
            String json = Files.readString(summary);
            Matcher m = Pattern.compile("\"bulk\"\\s*:\\s*(\\d+)").matcher(json);
            assertThat(m.find()).as(json).isTrue();
            return Long.parseLong(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
