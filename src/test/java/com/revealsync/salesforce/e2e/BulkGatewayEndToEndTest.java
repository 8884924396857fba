package com.revealsync.salesforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.fault.FaultKind;
import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.BulkQuery;
import com.revealsync.salesforce.GatewaySettings;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.auth.PasswordGrantTokenSource;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.bulk.BulkSettings;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's Bulk API v1 side against the embedded org over real HTTP with WSC's BulkConnection.
 * The org processes batches asynchronously, so the gateway polls it for real, with short waits and
 * a deadline.
 */
class BulkGatewayEndToEndTest {

    static EmbeddedOrg org;
    final ApiCallCounter counter = new ApiCallCounter();
    final SalesforceGateways gateways = new SalesforceGateways(new GatewaySettings(
            new RetrySettings(8, Duration.ofMillis(10), 2.0, Duration.ofMillis(200), Duration.ZERO),
            new ConnectionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30)),
            new BulkSettings(1_000, BulkSettings.MAX_BYTES, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMinutes(2))),
            counter, Sleeper.real(), Clock.systemUTC());
    final TokenSource tokens = new PasswordGrantTokenSource(URI.create(org.baseUrl()), "admin@reveal-sync.local",
            "reveal-sync", "reveal-sync", "reveal-sync-secret", gateways.oauthClient());
    final SalesforceGateway gateway = gateways.forTokens(tokens);
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory());
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    @AfterEach
    void clearFaults() {
        org.faults().clear();
    }

    private List<RecordWrite> leads(int count, String title) {
        return IntStream.range(0, count).mapToObj(n -> {
            Map<String, Object> values = new HashMap<>(Map.of("Lusha_Id__c", run + "-" + n, "Company", "Bulk " + run,
                    "Title", title, "Email", "b" + n + "." + run + "@example.com"));
            if (n % 250 != 7) {
                values.put("LastName", "Last" + n);
            }
            return RecordWrite.of(run + "-" + n, values);
        }).toList();
    }

    private Map<String, SalesforceRecord> leadsOfThisRun() {
        return gateway.query("SELECT Id, Lusha_Id__c, Title FROM Lead WHERE Company = 'Bulk " + run + "'").stream()
                .collect(Collectors.toMap(r -> r.getString("Lusha_Id__c"), r -> r));
    }

    @Test
    void a_bulk_upsert_writes_every_record_once_and_comes_back_under_its_keys() {
        List<RecordWrite> records = leads(1_500, "Analyst");

        List<WriteResult> first = gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", records);
        List<WriteResult> second = gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", leads(1_500, "Director"));

        assertThat(first).extracting(WriteResult::key).containsExactlyElementsOf(records.stream().map(RecordWrite::key).toList());
        List<WriteResult> refused = first.stream().filter(r -> !r.success()).toList();
        assertThat(refused).extracting(WriteResult::key).containsExactly(run + "-7", run + "-257", run + "-507", run + "-757",
                run + "-1007", run + "-1257");
        assertThat(refused).allSatisfy(r -> assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(e.fields()).containsExactly("LastName");
        }));
        assertThat(first.stream().filter(WriteResult::success)).hasSize(1_494).allMatch(WriteResult::created);
        assertThat(second.stream().filter(WriteResult::success)).hasSize(1_494).noneMatch(WriteResult::created);

        Map<String, SalesforceRecord> inOrg = leadsOfThisRun();
        assertThat(inOrg).hasSize(1_494);
        assertThat(inOrg.values()).allMatch(r -> r.getString("Title").equals("Director"));
        WriteResult row42 = first.get(42);
        assertThat(inOrg.get(run + "-42").id()).isEqualTo(row42.id());
    }

    @Test
    void a_bulk_insert_through_503s_resets_locks_and_expiring_sessions_writes_each_record_exactly_once() {
        tokens.current();
        Map<FaultKind, Long> before = org.faults().injected();
        org.faults().set("seed=5,http503=0.15,reset=0.1,lock=0.05,expire-after=4");
        List<RecordWrite> records = leads(3_000, "Engineer");

        List<WriteResult> results = gateway.bulk("Lead", BulkOperation.INSERT, null, records);

        Map<FaultKind, Long> injected = org.faults().injected();
        org.faults().clear();
        assertThat(results).extracting(WriteResult::key).containsExactlyElementsOf(records.stream().map(RecordWrite::key).toList());
        assertThat(results.stream().filter(WriteResult::success)).hasSize(2_988);
        Map<String, SalesforceRecord> inOrg = leadsOfThisRun();
        assertThat(inOrg).hasSize(2_988);
        results.stream().filter(WriteResult::success)
                .forEach(r -> assertThat(inOrg.get(r.key()).id()).as(r.key()).isEqualTo(r.id()));
        for (FaultKind kind : List.of(FaultKind.HTTP_503, FaultKind.RESET, FaultKind.LOCK, FaultKind.SESSION_EXPIRED)) {
            assertThat(injected.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L)).as(kind + " injected").isPositive();
        }
        assertThat(counter.snapshot().get(ApiCallKind.BULK)).isPositive();
        assertThat(counter.snapshot().get(ApiCallKind.OAUTH)).isGreaterThan(1);
    }

    @Test
    void a_bulk_query_reads_thousands_of_records_in_a_few_calls_values_as_text_and_empty_as_null() {
        List<RecordWrite> records = leads(4_500, "Analyst");
        gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", records);
        long before = counter.snapshot().get(ApiCallKind.BULK);
        Map<String, SalesforceRecord> read = new HashMap<>();

        gateway.bulkQuery("Lead", "SELECT Id, Lusha_Id__c, Title, Phone FROM Lead WHERE Company = 'Bulk " + run + "'",
                r -> read.put(r.getString("Lusha_Id__c"), r));

        long calls = counter.snapshot().get(ApiCallKind.BULK) - before;
        assertThat(read).hasSize(4_482); // 18 of the 4,500 lack their LastName and were refused
        assertThat(read.get(run + "-42").type()).isEqualTo("Lead");
        assertThat(read.get(run + "-42").id()).startsWith("00Q").isEqualTo(read.get(run + "-42").getString("Id"));
        assertThat(read.get(run + "-42").getString("Title")).isEqualTo("Analyst");
        assertThat(read.get(run + "-42").fields()).containsEntry("Phone", null);
        // create, add the query, close, at least one poll, the result list, one result file
        assertThat(calls).isBetween(6L, 12L);
    }

    @Test
    void bulk_queries_are_all_submitted_before_the_first_is_waited_for_and_hand_over_their_records_query_by_query() {
        gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", leads(600, "Designer"));
        String where = " FROM Lead WHERE Company = 'Bulk " + run + "'";
        long before = counter.snapshot().get(ApiCallKind.BULK);
        List<String> seen = new java.util.ArrayList<>();
        long[] callsAtFirstRecord = {-1};
        java.util.function.Function<String, java.util.function.Consumer<SalesforceRecord>> heard = tag -> r -> {
            if (callsAtFirstRecord[0] < 0) {
                callsAtFirstRecord[0] = counter.snapshot().get(ApiCallKind.BULK) - before;
            }
            seen.add(tag);
        };

        gateway.bulkQueries(List.of(
                new BulkQuery("Lead", "SELECT Id" + where + " AND Title = 'Designer'", heard.apply("first")),
                new BulkQuery("Lead", "SELECT Id, Title" + where, heard.apply("second")),
                new BulkQuery("Lead", "SELECT Id" + where + " AND Title = 'Nobody'", heard.apply("third"))));

        long calls = counter.snapshot().get(ApiCallKind.BULK) - before;
        // 597 of the 600 have a LastName; each query's records come together, in the queries' order
        assertThat(seen).hasSize(1_194);
        assertThat(seen.subList(0, 597)).containsOnly("first");
        assertThat(seen.subList(597, 1_194)).containsOnly("second");
        // before the first record: three jobs created, given their query and closed (9 calls), then
        // the first job's poll(s) and result list; one after the other it would be 5 or 6
        assertThat(callsAtFirstRecord[0]).isGreaterThanOrEqualTo(11L);
        // per query: create, add, close, a poll, the result list, a result file (none for "Nobody")
        assertThat(calls).isBetween(17L, 24L);
    }

    @Test
    void a_bulk_query_that_finds_nothing_hands_over_nothing() {
        List<SalesforceRecord> read = new java.util.ArrayList<>();

        gateway.bulkQuery("Lead", "SELECT Id FROM Lead WHERE Company = 'Nobody " + run + "'", read::add);

        assertThat(read).isEmpty();
    }

    @Test
    void count_answers_a_count_query_in_one_call() {
        gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", leads(300, "Analyst"));
        long before = counter.snapshot().get(ApiCallKind.SOAP);

        long count = gateway.count("SELECT COUNT() FROM Lead WHERE Company = 'Bulk " + run + "'");

        assertThat(count).isEqualTo(298);
        assertThat(counter.snapshot().get(ApiCallKind.SOAP) - before).isEqualTo(1);
    }
}
