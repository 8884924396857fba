package com.revealsync.salesforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.fault.FaultKind;
import com.revealsync.salesforce.ApiLimitExceededException;
import com.revealsync.salesforce.GatewaySettings;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.SessionIdentity;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.PasswordGrantTokenSource;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.bulk.BulkSettings;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.testing.FakeTime;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.usage.ApiBudget;
import com.revealsync.salesforce.usage.ApiBudgetExceededException;
import com.revealsync.salesforce.usage.ApiCallCounts;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gateway's SOAP side against the embedded org over real HTTP with the real WSC client: writes,
 * reads, per-record refusals, session expiry, injected faults and the API budget. Retries wait on a
 * fake clock, so nothing here really sleeps.
 */
class SoapGatewayEndToEndTest {

    static final String ADMIN = "admin@reveal-sync.local";

    static EmbeddedOrg org;
    final FakeTime time = new FakeTime();
    final ApiCallCounter counter = new ApiCallCounter();
    final SalesforceGateways gateways = new SalesforceGateways(new GatewaySettings(
            new RetrySettings(8, Duration.ofMillis(50), 2.0, Duration.ofSeconds(2), Duration.ofMillis(10)),
            new ConnectionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30)), BulkSettings.DEFAULTS), counter, time, time);
    final TokenSource tokens = new PasswordGrantTokenSource(URI.create(org.baseUrl()), ADMIN, "reveal-sync",
            "reveal-sync", "reveal-sync-secret", gateways.oauthClient());
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

    private RecordWrite lead(int n, Map<String, Object> more) {
        Map<String, Object> values = new java.util.HashMap<>(Map.of("Lusha_Id__c", run + "-" + n, "LastName", "Last" + n,
                "Company", "Acme " + run, "Email", "lead" + n + "." + run + "@example.com", "LeadSource", "Other"));
        values.putAll(more);
        return RecordWrite.of(run + "-" + n, values);
    }

    private List<SalesforceRecord> leadsOfThisRun() {
        return gateway.query("SELECT Id, Lusha_Id__c, LastName, Title, Email, Phone FROM Lead WHERE Company = 'Acme " + run + "'");
    }

    @Test
    void the_service_account_signs_in_with_the_password_grant() {
        assertThat(tokens.current().instanceUrl()).isEqualTo(org.baseUrl());
        assertThat(counter.snapshot().get(ApiCallKind.OAUTH)).isEqualTo(1);
    }

    @Test
    void the_session_identity_is_the_one_its_token_names_without_a_call_and_the_one_getUserInfo_gives() {
        SessionIdentity named = gateway.identity().orElseThrow();
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).as("SOAP calls").isZero();

        OrgToken token = tokens.current();
        OrgToken unnamed = new OrgToken(token.instanceUrl(), token.accessToken());
        SessionIdentity asked = gateways.forTokens(new TokenSource() {
            @Override
            public OrgToken current() {
                return unnamed;
            }

            @Override
            public OrgToken renew() {
                return unnamed;
            }
        }).identity().orElseThrow();

        assertThat(counter.snapshot().byOperation()).as("one getUserInfo").containsEntry("soap getUserInfo", 1L);
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(1);
        assertThat(named).isEqualTo(asked);
        assertThat(named.orgId()).hasSize(18).startsWith("00D");
        assertThat(named.userId()).hasSize(18).startsWith("005");
    }

    @Test
    void a_query_read_only_if_its_first_page_says_so_tells_the_count_with_that_page_alone() {
        List<RecordWrite> leads = IntStream.range(0, 2_500).mapToObj(n -> lead(n, Map.of())).toList();
        for (int from = 0; from < leads.size(); from += 200) {
            gateway.upsert("Lead", "Lusha_Id__c", leads.subList(from, from + 200 > leads.size() ? leads.size() : from + 200));
        }
        String soql = "SELECT Id, Lusha_Id__c FROM Lead WHERE Company = 'Acme " + run + "'";
        long before = counter.snapshot().get(ApiCallKind.SOAP);
        List<SalesforceRecord> handed = new java.util.ArrayList<>();

        long refused = gateway.queryEachIf(soql, n -> false, handed::add);
        long afterRefused = counter.snapshot().get(ApiCallKind.SOAP);
        long read = gateway.queryEachIf(soql, n -> n == 2_500, handed::add);

        assertThat(refused).isEqualTo(2_500);
        assertThat(afterRefused - before).as("the first page only").isEqualTo(1);
        assertThat(read).isEqualTo(2_500);
        assertThat(counter.snapshot().get(ApiCallKind.SOAP) - afterRefused).as("two pages of 2,000").isEqualTo(2);
        assertThat(handed).extracting(r -> r.fields().get("Lusha_Id__c")).doesNotHaveDuplicates().hasSize(2_500);
    }

    @Test
    void upsert_query_update_clear_and_delete_round_trip_through_the_org() {
        List<WriteResult> created = gateway.upsert("Lead", "Lusha_Id__c", List.of(lead(1, Map.of()), lead(2, Map.of()), lead(3, Map.of())));
        assertThat(created).allMatch(r -> r.success() && r.created() && r.id().startsWith("00Q"));

        List<WriteResult> again = gateway.upsert("Lead", "Lusha_Id__c",
                List.of(lead(1, Map.of("Title", "CTO")), lead(2, Map.of()), lead(3, Map.of("Phone", "+1 555 0100"))));
        assertThat(again).allMatch(r -> r.success() && !r.created());
        assertThat(again).extracting(WriteResult::id).containsExactlyElementsOf(created.stream().map(WriteResult::id).toList());

        gateway.update("Lead", List.of(RecordWrite.update("u", created.get(1).id(), Map.of("Title", "VP Sales")),
                new RecordWrite("c", created.get(2).id(), Map.of(), Set.of("Phone"))));
        Map<String, SalesforceRecord> byLushaId = leadsOfThisRun().stream()
                .collect(Collectors.toMap(r -> r.getString("Lusha_Id__c"), r -> r));
        assertThat(byLushaId).hasSize(3);
        assertThat(byLushaId.get(run + "-1").getString("Title")).isEqualTo("CTO");
        assertThat(byLushaId.get(run + "-2").getString("Title")).isEqualTo("VP Sales");
        assertThat(byLushaId.get(run + "-3").getString("Phone")).isNull();
        assertThat(byLushaId.get(run + "-1").getString("Email")).isEqualTo("lead1." + run + "@example.com");

        List<WriteResult> deleted = gateway.delete(created.stream().map(WriteResult::id).toList());
        assertThat(deleted).allMatch(WriteResult::success);
        assertThat(leadsOfThisRun()).isEmpty();
    }

    @Test
    void per_record_refusals_come_back_with_the_org_status_codes_under_their_keys() {
        RecordWrite good = lead(1, Map.of());
        RecordWrite noLastName = RecordWrite.of("no-last-name", Map.of("Company", "Acme " + run));
        RecordWrite badEmail = lead(3, Map.of("Email", "a@b"));

        List<WriteResult> results = gateway.create("Lead", List.of(good, noLastName, badEmail));

        assertThat(results).extracting(WriteResult::key).containsExactly(good.key(), "no-last-name", badEmail.key());
        assertThat(results.get(0).success()).isTrue();
        assertThat(results.get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(e.fields()).containsExactly("LastName");
        });
        assertThat(results.get(2).errors()).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo("INVALID_EMAIL_ADDRESS");
            assertThat(e.message()).isEqualTo("Email: invalid email address: a@b");
        });
    }

    @Test
    void describe_reads_the_org_metadata_once() {
        DescribeSObjectResult lead = gateway.describe("Lead");
        gateway.describe("Lead");

        Map<String, Field> fields = Arrays.stream(lead.getFields()).collect(Collectors.toMap(Field::getName, f -> f));
        assertThat(fields.get("LastName").getLength()).isEqualTo(80);
        assertThat(fields.get("Lusha_Id__c").isExternalId()).isTrue();
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(1);
    }

    @Test
    void prefetching_describes_several_objects_in_one_call_and_their_describes_then_cost_none() {
        gateway.prefetchDescribes(List.of("Lead", "Contact", "Account"));
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).as("one describeSObjects call").isEqualTo(1);

        assertThat(gateway.describe("Lead").getName()).isEqualTo("Lead");
        assertThat(gateway.describe("contact").getName()).isEqualTo("Contact");
        assertThat(gateway.describe("Account").getName()).isEqualTo("Account");
        gateway.prefetchDescribes(List.of("account", "Lead"));
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).as("all answered from the cache").isEqualTo(1);

        gateway.prefetchDescribes(List.of("Lead", "User"));
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).as("only the object not described yet is asked for").isEqualTo(2);
        assertThat(gateway.describe("User").getName()).isEqualTo("User");
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(2);
    }

    @Test
    void an_object_the_org_does_not_know_is_still_reported_by_its_own_describe_after_a_prefetch() {
        SalesforceGateway fresh = gateways.forTokens(tokens);
        Throwable alone = catchThrowable(() -> fresh.describe("Nope__c"));
        assertThat(alone).isInstanceOf(SalesforceApiException.class)
                .hasMessageStartingWith("soap describeSObject Nope__c failed: INVALID_TYPE: sObject type 'Nope__c' is not supported.");
        ApiCallCounts before = counter.snapshot();

        gateway.prefetchDescribes(List.of("Lead", "Nope__c")); // the org refuses the whole call: nothing cached, nothing thrown

        assertThatThrownBy(() -> gateway.describe("Nope__c")).isInstanceOf(SalesforceApiException.class)
                .hasMessage(alone.getMessage());
        assertThat(gateway.describe("Lead").getName()).isEqualTo("Lead");
        assertThat(counter.snapshot().minus(before).get(ApiCallKind.SOAP))
                .as("the refused prefetch, then each describe on its own").isEqualTo(3);
    }

    @Test
    void an_expired_session_is_renewed_through_the_token_source_and_the_call_goes_through() {
        gateway.query("SELECT Id FROM Lead LIMIT 1");
        ApiCallCounts before = counter.snapshot();
        org.expireAllSessions();

        gateway.upsert("Lead", "Lusha_Id__c", List.of(lead(1, Map.of())));

        ApiCallCounts calls = counter.snapshot().minus(before);
        assertThat(calls.get(ApiCallKind.OAUTH)).isEqualTo(1);
        assertThat(calls.get(ApiCallKind.SOAP)).isEqualTo(2);
        assertThat(leadsOfThisRun()).hasSize(1);
    }

    @Test
    void sessions_expiring_every_few_calls_lose_nothing() {
        org.faults().set("expire-after=3");

        for (int call = 0; call < 10; call++) {
            int from = call * 10;
            List<RecordWrite> chunk = IntStream.range(from, from + 10).mapToObj(n -> lead(n, Map.of())).toList();
            assertThat(gateway.upsert("Lead", "Lusha_Id__c", chunk)).allMatch(WriteResult::success);
        }

        org.faults().clear();
        assertThat(leadsOfThisRun()).hasSize(100);
        assertThat(counter.snapshot().get(ApiCallKind.OAUTH)).isGreaterThan(3);
    }

    @Test
    void injected_503s_resets_and_locks_lose_nothing_and_duplicate_nothing() {
        tokens.current();
        Map<FaultKind, Long> before = org.faults().injected();
        org.faults().set("seed=11,http503=0.25,reset=0.2,lock=0.1");
        List<RecordWrite> records = IntStream.range(0, 600).mapToObj(n -> lead(n, Map.of())).toList();

        List<WriteResult> results = new ArrayList<>();
        for (int from = 0; from < 600; from += 50) {
            results.addAll(gateway.upsert("Lead", "Lusha_Id__c", records.subList(from, from + 50)));
        }

        Map<FaultKind, Long> injected = org.faults().injected();
        org.faults().clear();
        assertThat(results).hasSize(600).allMatch(WriteResult::success);
        assertThat(results).extracting(WriteResult::key).containsExactlyElementsOf(records.stream().map(RecordWrite::key).toList());
        List<SalesforceRecord> inOrg = leadsOfThisRun();
        assertThat(inOrg).hasSize(600);
        assertThat(inOrg.stream().map(r -> r.getString("Lusha_Id__c")).distinct()).hasSize(600);
        for (FaultKind kind : List.of(FaultKind.HTTP_503, FaultKind.RESET, FaultKind.LOCK)) {
            assertThat(injected.getOrDefault(kind, 0L) - before.getOrDefault(kind, 0L)).as(kind + " injected").isPositive();
        }
        assertThat(time.sleeps()).isNotEmpty();
    }

    @Test
    void a_paged_read_whose_answers_are_cut_off_now_and_then_hands_over_every_record() {
        List<RecordWrite> records = IntStream.range(0, 4_600).mapToObj(n -> lead(n, Map.of())).toList();
        for (int from = 0; from < records.size(); from += 200) {
            assertThat(gateway.upsert("Lead", "Lusha_Id__c", records.subList(from, from + 200))).allMatch(WriteResult::success);
        }
        tokens.current();
        Map<FaultKind, Long> before = org.faults().injected();
        // a queryMore whose answer is cut is sent again, and the org takes each locator once:
        // the read starts again from the first page
        org.faults().set("seed=2,reset=0.25");

        List<SalesforceRecord> inOrg = leadsOfThisRun();

        long resets = org.faults().injected().getOrDefault(FaultKind.RESET, 0L) - before.getOrDefault(FaultKind.RESET, 0L);
        org.faults().clear();
        assertThat(resets).as("answers cut off").isPositive();
        assertThat(inOrg).hasSize(4_600);
        assertThat(inOrg.stream().map(r -> r.getString("Lusha_Id__c")).distinct()).hasSize(4_600);
    }

    @Test
    void a_create_whose_answer_is_cut_off_is_not_resent_and_the_org_holds_it_once() {
        tokens.current(); // signed in before every answer is cut
        org.faults().set("reset=1");

        assertThatThrownBy(() -> gateway.create("Lead", List.of(lead(1, Map.of()))))
                .isInstanceOfSatisfying(WriteOutcomeUnknownException.class, e -> assertThat(e.keys()).containsExactly(run + "-1"));

        org.faults().clear();
        assertThat(leadsOfThisRun()).hasSize(1);
    }

    @Test
    void the_org_reported_usage_feeds_the_budget_guard() {
        gateway.query("SELECT Id FROM Lead LIMIT 1");

        assertThat(gateway.apiUsage()).hasValueSatisfying(u -> {
            assertThat(u.limit()).isEqualTo(org.apiUsage().dailyLimit());
            assertThat(u.current()).isPositive();
        });
        double justBelow = (double) gateway.apiUsage().orElseThrow().current() / gateway.apiUsage().orElseThrow().limit();
        assertThatThrownBy(() -> new ApiBudget(justBelow).check(gateway.apiUsage())).isInstanceOf(ApiBudgetExceededException.class);
    }

    @Test
    void a_used_up_daily_limit_stops_the_call_without_retrying() {
        gateway.query("SELECT Id FROM Lead LIMIT 1");
        org.faults().set("api-limit=1");
        ApiCallCounts before = counter.snapshot();

        assertThatThrownBy(() -> gateway.query("SELECT Id FROM Lead LIMIT 1"))
                .isInstanceOf(ApiLimitExceededException.class)
                .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
        assertThat(counter.snapshot().minus(before).get(ApiCallKind.SOAP)).isEqualTo(1);
    }
}
