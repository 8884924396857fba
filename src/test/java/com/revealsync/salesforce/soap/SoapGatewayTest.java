package com.revealsync.salesforce.soap;

import static com.revealsync.salesforce.testing.FakeHttpOrg.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.revealsync.salesforce.ApiLimitExceededException;
import com.revealsync.salesforce.GatewaySettings;
import com.revealsync.salesforce.OrgUnreachableException;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.bulk.BulkSettings;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.testing.FakeHttpOrg;
import com.revealsync.salesforce.testing.FakeTime;
import com.revealsync.salesforce.testing.FakeTokens;
import com.revealsync.salesforce.testing.SoapXml;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.usage.ApiBudget;
import com.revealsync.salesforce.usage.ApiBudgetExceededException;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import com.revealsync.salesforce.usage.ApiUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SOAP side of the gateway, through the real WSC client, against a scripted server on loopback. */
class SoapGatewayTest {

    static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), Duration.ZERO);

    private final FakeHttpOrg org = new FakeHttpOrg();
    private final FakeTokens tokens = new FakeTokens(org.url());
    private final FakeTime time = new FakeTime();
    private final ApiCallCounter counter = new ApiCallCounter();
    private final SalesforceGateway gateway = new SalesforceGateways(
            new GatewaySettings(RETRY, new ConnectionSettings(Duration.ofSeconds(5), Duration.ofSeconds(5)), BulkSettings.DEFAULTS),
            counter, time, time).forTokens(tokens);

    @AfterEach
    void stop() {
        org.close();
    }

    private static RecordWrite lead(int n) {
        return RecordWrite.of("row:" + n, Map.of("LastName", "Name" + n, "Company", "Acme"));
    }

    private static Reply createResponse(String... results) {
        return Reply.xml(200, SoapXml.envelope("<createResponse>" + String.join("", results) + "</createResponse>"));
    }

    /** Answers every create with one success per record, ids numbered across calls. */
    private static java.util.function.Function<FakeHttpOrg.Request, Reply> numberingCreates() {
        AtomicInteger next = new AtomicInteger();
        return r -> createResponse(IntStream.range(0, SoapXml.recordCount(r.body()))
                .mapToObj(i -> SoapXml.saveOk(String.format("00Q%015d", next.incrementAndGet()))).toArray(String[]::new));
    }

    @Test
    void creates_go_out_200_a_call_and_come_back_under_their_keys_in_input_order() {
        org.handler(numberingCreates());
        List<RecordWrite> records = IntStream.rangeClosed(1, 450).mapToObj(SoapGatewayTest::lead).toList();

        List<WriteResult> results = gateway.create("Lead", records);

        assertThat(org.requests()).extracting(r -> SoapXml.recordCount(r.body())).containsExactly(200, 200, 50);
        assertThat(results).extracting(WriteResult::key).containsExactlyElementsOf(records.stream().map(RecordWrite::key).toList());
        assertThat(results).allMatch(r -> r.success() && r.created());
        assertThat(results.get(449).id()).isEqualTo("00Q000000000000450");
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(3);
    }

    @Test
    void per_record_errors_come_back_with_status_code_message_and_fields() {
        org.handler(r -> createResponse(SoapXml.saveOk("00Q000000000001AAA"),
                SoapXml.saveError("REQUIRED_FIELD_MISSING", "Required fields are missing: [LastName]", "LastName")));

        List<WriteResult> results = gateway.create("Lead", List.of(lead(1), lead(2)));

        assertThat(results.get(0).success()).isTrue();
        assertThat(results.get(1).success()).isFalse();
        assertThat(results.get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(e.message()).isEqualTo("Required fields are missing: [LastName]");
            assertThat(e.fields()).containsExactly("LastName");
        });
    }

    @Test
    void records_refused_with_unable_to_lock_row_are_resent_alone_and_matched_by_key() {
        AtomicInteger calls = new AtomicInteger();
        org.handler(r -> calls.incrementAndGet() == 1
                ? createResponse(SoapXml.saveOk("00Q000000000001AAA"),
                        SoapXml.saveError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record or 1 records: 001000000000001AAA", null),
                        SoapXml.saveOk("00Q000000000003AAA"))
                : createResponse(SoapXml.saveOk("00Q000000000002AAA")));

        List<WriteResult> results = gateway.create("Lead", List.of(lead(1), lead(2), lead(3)));

        assertThat(org.requests()).hasSize(2);
        assertThat(org.requests().get(1).body()).contains("Name2").doesNotContain("Name1", "Name3");
        assertThat(results).extracting(WriteResult::key, WriteResult::id).containsExactly(
                tuple("row:1", "00Q000000000001AAA"),
                tuple("row:2", "00Q000000000002AAA"),
                tuple("row:3", "00Q000000000003AAA"));
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void records_still_locked_after_every_retry_fail_with_the_lock_error() {
        org.handler(r -> createResponse(SoapXml.saveError("UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access", null)));

        List<WriteResult> results = gateway.create("Lead", List.of(lead(1)));

        assertThat(org.requests()).hasSize(RETRY.maxAttempts());
        assertThat(results).singleElement().satisfies(r -> assertThat(r.failedWith("UNABLE_TO_LOCK_ROW")).isTrue());
    }

    @Test
    void an_expired_session_is_renewed_and_the_request_resent_with_the_new_session() {
        org.handler(r -> "token-0".equals(SoapXml.sessionId(r.body()))
                ? Reply.xml(500, SoapXml.fault("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session"))
                : createResponse(SoapXml.saveOk("00Q000000000001AAA")));

        List<WriteResult> results = gateway.create("Lead", List.of(lead(1)));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.success()).isTrue());
        assertThat(org.requests()).extracting(r -> SoapXml.sessionId(r.body())).containsExactly("token-0", "token-1");
        assertThat(tokens.renewals()).isEqualTo(1);
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(2);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_session_fault_wsc_does_not_renew_by_itself_is_renewed_by_the_gateway() {
        org.handler(r -> "token-0".equals(SoapXml.sessionId(r.body()))
                ? Reply.xml(500, SoapXml.fault("INVALID_SESSION_ID", "Session expired or invalid"))
                : createResponse(SoapXml.saveOk("00Q000000000001AAA")));

        assertThat(gateway.create("Lead", List.of(lead(1)))).allMatch(WriteResult::success);
        assertThat(org.requests()).extracting(r -> SoapXml.sessionId(r.body())).containsExactly("token-0", "token-1");
        assertThat(tokens.renewals()).isEqualTo(1);
    }

    @Test
    void a_session_the_org_refuses_again_after_renewal_fails_the_call_without_a_storm() {
        org.handler(r -> Reply.xml(500, SoapXml.fault("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session")));

        assertThatThrownBy(() -> gateway.query("SELECT Id FROM Lead"))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.code()).isEqualTo("INVALID_SESSION_ID"));
        assertThat(tokens.renewals()).isEqualTo(1);
        assertThat(org.requests()).hasSize(2);
    }

    @Test
    void a_refused_renewal_asks_for_a_reconnect_after_a_single_attempt() {
        tokens.revoke();
        org.handler(r -> Reply.xml(500, SoapXml.fault("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session")));

        assertThatThrownBy(() -> gateway.create("Lead", List.of(lead(1)))).isInstanceOf(ReconnectRequiredException.class);
        assertThat(tokens.renewals()).isEqualTo(1);
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void a_503_is_retried_even_for_a_create_because_the_org_took_nothing() {
        AtomicInteger calls = new AtomicInteger();
        org.handler(r -> calls.incrementAndGet() == 1 ? Reply.of(503, "text/html", "<html>Service Unavailable</html>")
                : createResponse(SoapXml.saveOk("00Q000000000001AAA")));

        assertThat(gateway.create("Lead", List.of(lead(1)))).allMatch(WriteResult::success);
        assertThat(org.requests()).hasSize(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void a_create_whose_answer_was_lost_is_not_resent() {
        org.handler(r -> Reply.drop());

        assertThatThrownBy(() -> gateway.create("Lead", List.of(lead(1), lead(2))))
                .isInstanceOfSatisfying(WriteOutcomeUnknownException.class,
                        e -> assertThat(e.keys()).containsExactly("row:1", "row:2"));
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void an_update_whose_answer_was_lost_is_resent_and_then_the_org_is_unreachable() {
        org.handler(r -> Reply.drop());

        assertThatThrownBy(() -> gateway.update("Lead", List.of(RecordWrite.update("row:1", "00Q000000000001AAA", Map.of("Title", "CEO")))))
                .isInstanceOf(OrgUnreachableException.class)
                .hasMessageContaining("after 3 attempts");
        assertThat(org.requests()).hasSize(3);
    }

    @Test
    void request_limit_exceeded_stops_at_once() {
        org.handler(r -> Reply.xml(500, SoapXml.fault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.")));

        assertThatThrownBy(() -> gateway.query("SELECT Id FROM Lead"))
                .isInstanceOf(ApiLimitExceededException.class)
                .hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void a_refused_query_carries_the_org_code_and_message() {
        String message = "No such column 'Foo' on entity 'Lead'.";
        org.handler(r -> Reply.xml(500, SoapXml.fault("INVALID_FIELD", message)));

        assertThatThrownBy(() -> gateway.query("SELECT Foo FROM Lead"))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_FIELD");
                    assertThat(e.apiMessage()).isEqualTo(message);
                });
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void a_query_pages_through_query_more_and_reads_relationships_and_nulls() {
        String record1 = "<records xsi:type=\"sf:sObject\"><sf:type>Contact</sf:type><sf:Id>003000000000001AAA</sf:Id><sf:Id>003000000000001AAA</sf:Id>"
                + "<sf:Email>a@example.com</sf:Email><sf:Account xsi:type=\"sf:sObject\"><sf:type>Account</sf:type><sf:Id xsi:nil=\"true\"/><sf:Name>Acme &amp; Co</sf:Name></sf:Account></records>";
        String record2 = "<records xsi:type=\"sf:sObject\"><sf:type>Contact</sf:type><sf:Id>003000000000002AAA</sf:Id><sf:Id>003000000000002AAA</sf:Id>"
                + "<sf:Email xsi:nil=\"true\"/><sf:Account xsi:nil=\"true\"/></records>";
        org.handler(r -> SoapXml.operation(r.body()).equals("query")
                ? Reply.xml(200, SoapXml.envelope("<queryResponse><result><done>false</done><queryLocator>01gX-1</queryLocator>" + record1 + "<size>2</size></result></queryResponse>"))
                : Reply.xml(200, SoapXml.envelope("<queryMoreResponse><result><done>true</done><queryLocator xsi:nil=\"true\"/>" + record2 + "<size>2</size></result></queryMoreResponse>")));

        List<SalesforceRecord> records = gateway.query("SELECT Id, Email, Account.Name FROM Contact");

        assertThat(records).hasSize(2);
        assertThat(records.get(0).type()).isEqualTo("Contact");
        assertThat(records.get(0).id()).isEqualTo("003000000000001AAA");
        assertThat(records.get(0).getString("Email")).isEqualTo("a@example.com");
        assertThat(records.get(0).getString("Account.Name")).isEqualTo("Acme & Co");
        assertThat(records.get(1).getString("Email")).isNull();
        assertThat(records.get(1).get("Account.Name")).isNull();
        assertThat(org.requests().get(1).body()).contains("01gX-1");
    }

    @Test
    void query_each_hands_records_over_page_by_page() {
        AtomicInteger page = new AtomicInteger();
        org.handler(r -> {
            int n = page.incrementAndGet();
            String record = "<records xsi:type=\"sf:sObject\"><sf:type>Lead</sf:type><sf:Id>00Q00000000000" + n + "AAA</sf:Id></records>";
            String op = n == 1 ? "queryResponse" : "queryMoreResponse";
            return Reply.xml(200, SoapXml.envelope("<" + op + "><result><done>" + (n == 3) + "</done><queryLocator>01gX-" + n
                    + "</queryLocator>" + record + "<size>3</size></result></" + op + ">"));
        });
        List<String> seen = new ArrayList<>();

        gateway.queryEach("SELECT Id FROM Lead", rec -> seen.add(rec.id() + " after " + org.requests().size() + " requests"));

        assertThat(seen).containsExactly("00Q000000000001AAA after 1 requests", "00Q000000000002AAA after 2 requests",
                "00Q000000000003AAA after 3 requests");
    }

    /** A one-record query page; a locator when more follow. */
    private static Reply leadPage(String operation, String id, String nextLocator) {
        String response = operation + "Response";
        String locator = nextLocator == null ? "<queryLocator xsi:nil=\"true\"/>" : "<queryLocator>" + nextLocator + "</queryLocator>";
        return Reply.xml(200, SoapXml.envelope("<" + response + "><result><done>" + (nextLocator == null) + "</done>" + locator
                + "<records xsi:type=\"sf:sObject\"><sf:type>Lead</sf:type><sf:Id>" + id + "</sf:Id></records><size>2</size></result></"
                + response + ">"));
    }

    /** The fault Salesforce answers a query locator it does not take with. */
    private static Reply invalidLocator() {
        return Reply.xml(500, SoapXml.envelope("<soapenv:Fault xmlns:sf=\"urn:fault.partner.soap.sforce.com\">"
                + "<faultcode>sf:INVALID_QUERY_LOCATOR</faultcode><faultstring>INVALID_QUERY_LOCATOR: invalid query locator</faultstring>"
                + "<detail><sf:InvalidQueryLocatorFault xsi:type=\"sf:InvalidQueryLocatorFault\"><sf:exceptionCode>INVALID_QUERY_LOCATOR"
                + "</sf:exceptionCode><sf:exceptionMessage>invalid query locator</sf:exceptionMessage></sf:InvalidQueryLocatorFault>"
                + "</detail></soapenv:Fault>"));
    }

    @Test
    void a_query_more_whose_answer_was_lost_and_whose_locator_is_then_refused_reads_the_query_again() {
        AtomicInteger call = new AtomicInteger();
        org.handler(r -> switch (call.incrementAndGet()) {
            case 1 -> leadPage("query", "00Q000000000001AAA", "01gA-1");
            case 2 -> Reply.drop(); // the second page's answer is lost: the client sends the queryMore again
            case 3 -> invalidLocator(); // ... and Salesforce takes a locator once
            case 4 -> leadPage("query", "00Q000000000001AAA", "01gB-1");
            default -> leadPage("queryMore", "00Q000000000002AAA", null);
        });

        List<SalesforceRecord> records = gateway.query("SELECT Id FROM Lead");

        assertThat(records).extracting(SalesforceRecord::id).containsExactly("00Q000000000001AAA", "00Q000000000002AAA");
        assertThat(org.requests()).extracting(r -> SoapXml.operation(r.body()))
                .containsExactly("query", "queryMore", "queryMore", "query", "queryMore");
        assertThat(org.requests().get(4).body()).contains("01gB-1");
    }

    @Test
    void a_query_whose_locator_is_refused_every_time_fails_with_the_org_code_after_three_readings_again() {
        AtomicInteger call = new AtomicInteger();
        org.handler(r -> call.incrementAndGet() % 2 == 1 ? leadPage("query", "00Q000000000001AAA", "01gA-1") : invalidLocator());
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> gateway.queryEach("SELECT Id FROM Lead", rec -> seen.add(rec.id())))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.code()).isEqualTo("INVALID_QUERY_LOCATOR"));
        assertThat(org.requests()).extracting(r -> SoapXml.operation(r.body()))
                .containsExactly("query", "queryMore", "query", "queryMore", "query", "queryMore", "query", "queryMore");
        assertThat(seen).as("queryEach hands the first page over again at each reading").hasSize(4)
                .containsOnly("00Q000000000001AAA");
    }

    @Test
    void queries_and_query_more_ask_for_pages_of_2000_records_not_the_default_500() {
        AtomicInteger page = new AtomicInteger();
        org.handler(r -> {
            int n = page.incrementAndGet();
            String op = n == 1 ? "queryResponse" : "queryMoreResponse";
            return Reply.xml(200, SoapXml.envelope("<" + op + "><result><done>" + (n == 2) + "</done><queryLocator>01gX-" + n
                    + "</queryLocator><size>0</size></result></" + op + ">"));
        });

        gateway.query("SELECT Id FROM Lead");

        assertThat(org.requests()).hasSize(2).allSatisfy(r -> assertThat(r.body())
                .containsPattern("<[a-z0-9]*:?QueryOptions[^>]*>\\s*<[a-z0-9]*:?batchSize>2000</"));
    }

    @Test
    void describe_is_asked_once_per_gateway() {
        org.handler(r -> Reply.xml(200, SoapXml.envelope("<describeSObjectResponse><result><createable>true</createable>"
                + "<name>Lead</name></result></describeSObjectResponse>")));

        assertThat(gateway.describe("Lead").getName()).isEqualTo("Lead");
        assertThat(gateway.describe("lead").getName()).isEqualTo("Lead");
        assertThat(org.requests()).hasSize(1);
    }

    @Test
    void describes_are_prefetched_100_objects_a_call() {
        org.handler(r -> Reply.xml(200, SoapXml.envelope("<describeSObjectsResponse/>")));

        gateway.prefetchDescribes(IntStream.range(0, 150).mapToObj(i -> "Object" + i + "__c").toList());

        assertThat(org.requests()).extracting(r -> r.body().split("<[a-z0-9]*:?sObjectType>", -1).length - 1)
                .containsExactly(100, 50);
    }

    @Test
    void upsert_sends_the_external_id_field_and_reports_created_or_updated() {
        org.handler(r -> Reply.xml(200, SoapXml.envelope("<upsertResponse>" + SoapXml.upsertOk("00Q000000000001AAA", true)
                + SoapXml.upsertOk("00Q000000000002AAA", false) + "</upsertResponse>")));

        List<WriteResult> results = gateway.upsert("Lead", "Lusha_Id__c", List.of(
                RecordWrite.of("L-1", Map.of("Lusha_Id__c", "L-1", "LastName", "A", "Company", "X")),
                RecordWrite.of("L-2", Map.of("Lusha_Id__c", "L-2", "LastName", "B", "Company", "X"))));

        assertThat(org.requests().get(0).body()).contains("<m:externalIDFieldName>Lusha_Id__c</m:externalIDFieldName>");
        assertThat(results).extracting(WriteResult::key, WriteResult::created).containsExactly(
                tuple("L-1", true), tuple("L-2", false));
    }

    @Test
    void update_clears_fields_to_null_and_delete_keys_results_by_id() {
        org.handler(r -> SoapXml.operation(r.body()).equals("update")
                ? Reply.xml(200, SoapXml.envelope("<updateResponse>" + SoapXml.saveOk("00Q000000000001AAA") + "</updateResponse>"))
                : Reply.xml(200, SoapXml.envelope("<deleteResponse>" + SoapXml.saveOk("00Q000000000001AAA")
                        + SoapXml.saveError("ENTITY_IS_DELETED", "entity is deleted", null) + "</deleteResponse>")));

        gateway.update("Lead", List.of(RecordWrite.update("row:1", "00Q000000000001AAA", Map.of("Title", "CEO")).clearing(java.util.Set.of("Phone"))));
        List<WriteResult> deleted = gateway.delete(List.of("00Q000000000001AAA", "00Q000000000002AAA"));

        assertThat(org.requests().get(0).body()).contains("<sobj:fieldsToNull", ">Phone<", "00Q000000000001AAA", ">CEO<");
        assertThat(deleted).extracting(WriteResult::key).containsExactly("00Q000000000001AAA", "00Q000000000002AAA");
        assertThat(deleted.get(1).failedWith("ENTITY_IS_DELETED")).isTrue();
    }

    @Test
    void a_result_count_that_does_not_match_the_records_is_an_error() {
        org.handler(r -> createResponse(SoapXml.saveOk("00Q000000000001AAA")));

        assertThatThrownBy(() -> gateway.create("Lead", List.of(lead(1), lead(2))))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.code()).isEqualTo("RESULT_COUNT_MISMATCH"));
    }

    @Test
    void two_records_with_one_key_are_refused_before_any_call() {
        assertThatThrownBy(() -> gateway.create("Lead", List.of(lead(1), lead(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row:1");
        assertThat(org.requests()).isEmpty();
    }

    @Test
    void the_org_reported_usage_is_kept_and_the_budget_guard_stops_past_its_share() {
        org.handler(r -> Reply.xml(200, SoapXml.envelope(SoapXml.limitInfo(950, 1000),
                "<createResponse>" + SoapXml.saveOk("00Q000000000001AAA") + "</createResponse>")));

        assertThat(gateway.apiUsage()).isEmpty();
        gateway.create("Lead", List.of(lead(1)));

        assertThat(gateway.apiUsage()).contains(new ApiUsage(950, 1000));
        new ApiBudget(0.96).check(gateway.apiUsage());
        assertThatThrownBy(() -> new ApiBudget(0.9).check(gateway.apiUsage()))
                .isInstanceOf(ApiBudgetExceededException.class)
                .hasMessageContaining("950 of its 1000");
    }

    @Test
    void a_sforce_limit_info_http_header_is_read_too() {
        org.handler(r -> createResponse(SoapXml.saveOk("00Q000000000001AAA")).withHeader("Sforce-Limit-Info", "api-usage=12/15000"));

        gateway.create("Lead", List.of(lead(1)));

        assertThat(gateway.apiUsage()).contains(new ApiUsage(12, 15000));
    }
}
