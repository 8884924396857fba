package com.revealsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.BulkWrites;
import com.revealsync.salesforce.GatewaySettings;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.WriteResult;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.testing.FakeBulkApi;
import com.revealsync.salesforce.testing.FakeHttpOrg;
import com.revealsync.salesforce.testing.FakeTime;
import com.revealsync.salesforce.testing.FakeTokens;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Bulk API v1 side of the gateway, through WSC's BulkConnection, against a small in-test Bulk
 * responder on loopback ({@link FakeBulkApi}).
 */
class BulkGatewayTest {

    private static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), Duration.ZERO);
    private static final BulkSettings BULK = new BulkSettings(10, 10_000_000, Duration.ofMillis(500), Duration.ofSeconds(2),
            Duration.ofSeconds(30));

    private final FakeHttpOrg org = new FakeHttpOrg();
    private final FakeBulkApi bulk = new FakeBulkApi();
    private final FakeTokens tokens = new FakeTokens(org.url());
    private final FakeTime time = new FakeTime();
    private final ApiCallCounter counter = new ApiCallCounter();

    {
        org.handler(bulk);
    }

    @AfterEach
    void stop() {
        org.close();
    }

    private SalesforceGateway gateway(BulkSettings settings) {
        return gateways(settings).forTokens(tokens);
    }

    private SalesforceGateways gateways(BulkSettings settings) {
        return gateways(settings, BulkRates.inMemory());
    }

    private SalesforceGateways gateways(BulkSettings settings, BulkRates paces) {
        return new SalesforceGateways(new GatewaySettings(RETRY, new ConnectionSettings(Duration.ofSeconds(5),
                Duration.ofSeconds(5)), settings), counter, time, time, paces);
    }

    private static List<RecordWrite> leads(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> RecordWrite.of("row:" + n, Map.of("LastName", "Name" + n, "Company", "Acme"))).toList();
    }

    @Test
    void an_insert_goes_out_in_batches_of_at_most_the_record_limit_and_comes_back_under_its_keys() {
        List<RecordWrite> records = leads(25);

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, records);

        assertThat(bulk.jobs()).singleElement().satisfies(job -> {
            assertThat(job.jobInfo()).contains("<operation>insert</operation>", "<object>Lead</object>", "<contentType>CSV</contentType>");
            assertThat(job.batches()).extracting(b -> b.rows().size()).containsExactly(10, 10, 5);
        });
        assertThat(results).extracting(WriteResult::key).containsExactlyElementsOf(records.stream().map(RecordWrite::key).toList());
        assertThat(results).allMatch(r -> r.success() && r.created());
        assertThat(new HashSet<>(results.stream().map(WriteResult::id).toList())).hasSize(25);
        assertThat(org.requests(("/batch")).stream().filter(r -> r.method().equals("POST"))).hasSize(3);
        assertThat(org.requests().stream().filter(r -> r.path().endsWith("/job/" + bulk.jobs().get(0).id())))
                .singleElement().satisfies(r -> assertThat(r.body()).contains("<state>Closed</state>"));
    }

    @Test
    void results_are_matched_to_rows_in_order_with_their_errors_parsed() {
        bulk.rowResult((job, row) -> row.get("LastName").isEmpty()
                ? "\"\",\"false\",\"false\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --\""
                : "\"00Q" + row.get("LastName") + "\",\"true\",\"true\",\"\"");
        List<RecordWrite> records = List.of(
                RecordWrite.of("a", Map.of("LastName", "A", "Company", "X")),
                RecordWrite.of("b", Map.of("Company", "X")),
                RecordWrite.of("c", Map.of("LastName", "C", "Company", "X")));

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, records);

        assertThat(results).extracting(WriteResult::key, WriteResult::id).containsExactly(
                tuple("a", "00QA"), tuple("b", null),
                tuple("c", "00QC"));
        assertThat(results.get(1).errors()).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo("REQUIRED_FIELD_MISSING");
            assertThat(e.message()).isEqualTo("Required fields are missing: [LastName]");
            assertThat(e.fields()).containsExactly("LastName");
        });
    }

    @Test
    void a_field_left_out_is_an_empty_cell_and_a_cleared_field_is_na() {
        List<RecordWrite> records = List.of(
                RecordWrite.update("a", "00Q000000000001AAA", Map.of("Title", "CEO")),
                RecordWrite.update("b", "00Q000000000002AAA", Map.of("Phone", "+1 555")).clearing(Set.of("Title")));

        gateway(BULK).bulk("Lead", BulkOperation.UPDATE, null, records);

        FakeBulkApi.Batch batch = bulk.jobs().get(0).batches().get(0);
        assertThat(batch.header()).containsExactly("Id", "Title", "Phone");
        assertThat(batch.rows()).containsExactly(
                Map.of("Id", "00Q000000000001AAA", "Title", "CEO", "Phone", ""),
                Map.of("Id", "00Q000000000002AAA", "Title", "#N/A", "Phone", "+1 555"));
    }

    @Test
    void an_upsert_job_names_its_external_id_field_and_reports_created_or_updated() {
        bulk.rowResult((job, row) -> "\"00Q" + row.get("Lusha_Id__c") + "\",\"true\",\"" + row.get("Lusha_Id__c").equals("L1") + "\",\"\"");
        List<RecordWrite> records = List.of(
                RecordWrite.of("L1", Map.of("Lusha_Id__c", "L1", "LastName", "A", "Company", "X")),
                RecordWrite.of("L2", Map.of("Lusha_Id__c", "L2", "LastName", "B", "Company", "X")));

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", records);

        assertThat(bulk.jobs().get(0).jobInfo()).contains("<operation>upsert</operation>", "<externalIdFieldName>Lusha_Id__c</externalIdFieldName>");
        assertThat(results).extracting(WriteResult::created).containsExactly(true, false);
    }

    @Test
    void batches_are_first_polled_after_a_wait_then_with_growing_waits_until_done() {
        bulk.pollsToComplete(4);

        gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(3));

        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(750), Duration.ofMillis(1125),
                Duration.ofMillis(1687));
    }

    @Test
    void open_jobs_take_every_write_as_new_batches_of_one_job_per_object_and_close_it_once() {
        SalesforceGateway gateway = gateway(BULK);
        List<WriteResult> first;
        List<WriteResult> second;
        List<WriteResult> contacts;
        try (BulkWrites writes = gateway.bulkWrites()) {
            first = writes.write("Lead", BulkOperation.INSERT, null, leads(12));
            second = writes.write("Lead", BulkOperation.INSERT, null, leads(3));
            contacts = writes.write("Contact", BulkOperation.INSERT, null, leads(2));
            assertThat(closes()).as("no job closed while writes go on").isZero();
        }

        assertThat(bulk.jobs()).hasSize(2);
        assertThat(bulk.jobs().get(0).jobInfo()).contains("<object>Lead</object>");
        assertThat(bulk.jobs().get(0).batches()).extracting(b -> b.rows().size()).containsExactly(10, 2, 3);
        assertThat(bulk.jobs().get(1).jobInfo()).contains("<object>Contact</object>");
        assertThat(first).hasSize(12).allMatch(WriteResult::success);
        assertThat(second).extracting(WriteResult::key).containsExactly("row:1", "row:2", "row:3");
        assertThat(contacts).hasSize(2).allMatch(WriteResult::success);
        assertThat(closes()).as("each job closed once, at the end").isEqualTo(2);
    }

    /** What a second write through one set of open jobs sent and waited, after a first that taught the org's pace. */
    private record SecondWrite(List<WriteResult> results, List<String> requests, List<Duration> sleeps) {
    }

    /**
     * Writes 10 Leads (their listing teaches the pace: 100 ms a record, the org's dates say), runs
     * {@code between}, then writes {@code records} more Leads through the same jobs.
     */
    private SecondWrite secondWrite(Runnable between, int records) {
        bulk.datedBatches(1_000);
        try (BulkWrites writes = gateway(BULK).bulkWrites()) {
            writes.write("Lead", BulkOperation.INSERT, null, leads(10));
            between.run();
            int requests = org.requests().size();
            int sleeps = time.sleeps().size();
            List<WriteResult> results = writes.write("Lead", BulkOperation.INSERT, null, leads(records));
            return new SecondWrite(results, requestsSince(requests), List.copyOf(time.sleeps().subList(sleeps, time.sleeps().size())));
        }
    }

    /** The Bulk requests since the first {@code from}, as method and last path segment. */
    private List<String> requestsSince(int from) {
        List<FakeHttpOrg.Request> all = org.requests();
        return all.subList(from, all.size()).stream()
                .map(r -> r.method() + " " + r.path().replaceAll("/$", "").replaceAll(".*/", "")).toList();
    }

    @Test
    void once_the_org_pace_is_known_a_batch_result_is_asked_for_when_due_without_listing_the_batches() {
        SecondWrite second = secondWrite(() -> { }, 5);

        assertThat(second.sleeps()).as("5 records at the org's pace, 15% past it").containsExactly(Duration.ofMillis(575));
        assertThat(second.requests()).containsExactly("POST batch", "GET result");
        assertThat(second.results()).extracting(WriteResult::key).containsExactly("row:1", "row:2", "row:3", "row:4", "row:5");
        assertThat(second.results()).allMatch(WriteResult::success);
    }

    @Test
    void a_batch_not_done_when_due_is_waited_for_by_listing_the_job_batches() {
        // the result asked for when due, then one listing, find it still in progress
        SecondWrite second = secondWrite(() -> bulk.pollsToComplete(3), 5);

        assertThat(second.sleeps()).containsExactly(Duration.ofMillis(575), Duration.ofMillis(500), Duration.ofMillis(750));
        assertThat(second.requests()).containsExactly("POST batch", "GET result", "GET batch", "GET batch", "GET result");
        assertThat(second.results()).hasSize(5).allMatch(WriteResult::success);
    }

    @Test
    void a_batch_found_failed_when_due_fails_its_records_with_the_org_state_message() {
        SecondWrite second = secondWrite(this::failBatchesOfTwo, 2);

        assertThat(second.requests()).containsExactly("POST batch", "GET result", "GET batch");
        assertThat(second.results()).hasSize(2).allSatisfy(r -> {
            assertThat(r.success()).isFalse();
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.statusCode()).isEqualTo("InvalidBatch");
                assertThat(e.message()).isEqualTo("Field name not found : Foo");
            });
        });
    }

    @Test
    void a_batch_that_failed_part_way_when_due_fails_its_records_with_the_org_state_message() {
        SecondWrite second = secondWrite(() -> {
            failBatchesOfTwo();
            bulk.failedBatchesAnswerTheirFirstRow();
        }, 2);

        assertThat(second.requests()).as("one result for two rows: the listing decides")
                .containsExactly("POST batch", "GET result", "GET batch");
        assertThat(second.results()).extracting(WriteResult::success).containsExactly(false, false);
        assertThat(second.results()).allSatisfy(r -> assertThat(r.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("Field name not found : Foo")));
    }

    @Test
    void gateways_built_by_one_factory_share_the_org_pace_a_new_factory_learns_it_again() {
        bulk.datedBatches(1_000);
        SalesforceGateways gateways = gateways(BULK);
        try (BulkWrites writes = gateways.forTokens(tokens).bulkWrites()) {
            writes.write("Lead", BulkOperation.INSERT, null, leads(10));
        }

        int nextNight = org.requests().size();
        try (BulkWrites writes = gateways.forTokens(tokens).bulkWrites()) {
            writes.write("Lead", BulkOperation.INSERT, null, leads(5));
        }
        List<String> sameFactory = requestsSince(nextNight);
        int otherProcess = org.requests().size();
        try (BulkWrites writes = gateway(BULK).bulkWrites()) {
            writes.write("Lead", BulkOperation.INSERT, null, leads(5));
        }
        List<String> newFactory = requestsSince(otherProcess);

        assertThat(sameFactory).as("the next session's first write: its result asked for when due")
                .contains("GET result").doesNotContain("GET batch");
        assertThat(newFactory).as("a factory of its own polls first").contains("GET batch", "GET result");
    }

    @Test
    void a_factory_of_the_next_process_starts_from_the_pace_the_store_kept() {
        bulk.datedBatches(1_000);
        KeptRates store = new KeptRates();
        try (BulkWrites writes = gateways(BULK, new BulkRates(store)).forTokens(tokens).bulkWrites()) {
            writes.write("Lead", BulkOperation.INSERT, null, leads(10));
        }

        int nextProcess = org.requests().size();
        try (BulkWrites writes = gateways(BULK, new BulkRates(store)).forTokens(tokens).bulkWrites()) {
            writes.write("Lead", BulkOperation.INSERT, null, leads(5));
        }

        assertThat(store.kept).containsOnlyKeys(org.url() + "|Lead");
        assertThat(requestsSince(nextProcess)).as("the next process's first write: its result asked for when due")
                .contains("GET result").doesNotContain("GET batch");
    }

    private void failBatchesOfTwo() {
        bulk.failBatch(b -> b.rows().size() == 2 ? "InvalidBatch : Field name not found : Foo" : null);
    }

    @Test
    void open_jobs_resend_locked_rows_as_a_new_batch_of_the_same_job() {
        lockNameTwoOnce();

        List<WriteResult> results;
        try (BulkWrites writes = gateway(BULK).bulkWrites()) {
            results = writes.write("Lead", BulkOperation.INSERT, null, leads(3));
        }

        assertThat(bulk.jobs()).singleElement().satisfies(job ->
                assertThat(job.batches()).extracting(b -> b.rows().size()).containsExactly(3, 1));
        assertThat(results).extracting(WriteResult::id).containsExactly("00QName1", "00QName2", "00QName3");
    }

    /** The row of "Name2" is refused with UNABLE_TO_LOCK_ROW the first time; every row succeeds otherwise. */
    private void lockNameTwoOnce() {
        AtomicInteger lockedOnce = new AtomicInteger();
        bulk.rowResult((job, row) -> row.get("LastName").equals("Name2") && lockedOnce.getAndIncrement() == 0
                ? "\"\",\"false\",\"false\",\"UNABLE_TO_LOCK_ROW:unable to obtain exclusive access to this record or 1 records: 001000000000001AAA:--\""
                : "\"00Q" + row.get("LastName") + "\",\"true\",\"true\",\"\"");
    }

    private long closes() {
        return org.requests().stream().filter(r -> r.method().equals("POST") && r.body().contains("<state>Closed</state>"))
                .count();
    }

    @Test
    void a_job_that_does_not_finish_in_time_leaves_its_records_unknown() {
        bulk.pollsToComplete(Integer.MAX_VALUE);

        assertThatThrownBy(() -> gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(3)))
                .isInstanceOfSatisfying(WriteOutcomeUnknownException.class, e -> {
                    assertThat(e.keys()).containsExactly("row:1", "row:2", "row:3");
                    assertThat(e).hasMessageContaining("did not finish within PT30S");
                });
        assertThat(time.sleeps().stream().mapToLong(Duration::toMillis).sum()).isLessThanOrEqualTo(30_000);
        assertThat(time.sleeps()).allMatch(d -> d.compareTo(BULK.pollMaxDelay()) <= 0);
    }

    @Test
    void rows_refused_with_unable_to_lock_row_go_again_alone_in_a_new_job() {
        lockNameTwoOnce();

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(3));

        assertThat(bulk.jobs()).hasSize(2);
        assertThat(bulk.jobs().get(1).batches().get(0).rows()).extracting(r -> r.get("LastName")).containsExactly("Name2");
        assertThat(results).extracting(WriteResult::id).containsExactly("00QName1", "00QName2", "00QName3");
        assertThat(results).allMatch(WriteResult::success);
    }

    @Test
    void a_batch_whose_answer_was_lost_is_found_in_the_job_and_not_sent_twice() {
        AtomicInteger batchPosts = new AtomicInteger();
        bulk.dropAnswerWhen(r -> r.method().equals("POST") && r.path().endsWith("/batch") && batchPosts.incrementAndGet() == 1);

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(15));

        assertThat(bulk.jobs().get(0).batches()).extracting(b -> b.rows().size()).containsExactly(10, 5);
        assertThat(results).hasSize(15).allMatch(WriteResult::success);
    }

    @Test
    void an_expired_session_is_renewed_once_and_the_request_resent() {
        bulk.acceptOnly("token-1");

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(2));

        assertThat(results).allMatch(WriteResult::success);
        assertThat(tokens.renewals()).isEqualTo(1);
        assertThat(org.requests()).extracting(r -> r.header("X-SFDC-Session")).startsWith("token-0", "token-1").containsOnly("token-0", "token-1");
    }

    @Test
    void a_failed_batch_fails_its_records_with_the_org_state_message() {
        bulk.failBatch(b -> b.rows().get(0).get("LastName").equals("Name11") ? "InvalidBatch : Field name not found : Foo" : null);

        List<WriteResult> results = gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(12));

        assertThat(results.subList(0, 10)).allMatch(WriteResult::success);
        assertThat(results.subList(10, 12)).allSatisfy(r -> {
            assertThat(r.success()).isFalse();
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.statusCode()).isEqualTo("InvalidBatch");
                assertThat(e.message()).isEqualTo("Field name not found : Foo");
            });
        });
    }

    @Test
    void result_rows_that_do_not_match_the_request_rows_are_an_error() {
        bulk.rowResult((job, row) -> "\"00Q1\",\"true\",\"true\",\"\"\n\"00Q2\",\"true\",\"true\",\"\"");

        assertThatThrownBy(() -> gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(2)))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.code()).isEqualTo("RESULT_MISMATCH"));
    }

    @Test
    void every_bulk_request_is_counted() {
        gateway(BULK).bulk("Lead", BulkOperation.INSERT, null, leads(15));

        // create job, 2 batches, close, 1 listing, 2 result downloads
        assertThat(counter.snapshot().get(ApiCallKind.BULK)).isEqualTo(org.requests().size()).isEqualTo(7);
    }

    @Test
    void bad_requests_are_refused_before_any_call() {
        SalesforceGateway gateway = gateway(BULK);
        assertThatThrownBy(() -> gateway.bulk("Lead", BulkOperation.UPDATE, null, leads(1)))
                .hasMessageContaining("row:1").hasMessageContaining("needs the Salesforce id");
        assertThatThrownBy(() -> gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", leads(1)))
                .hasMessageContaining("external id field Lusha_Id__c");
        assertThat(org.requests()).isEmpty();
    }
}
