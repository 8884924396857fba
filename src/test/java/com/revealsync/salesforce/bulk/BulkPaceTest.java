package com.revealsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.async.BatchInfo;
import java.time.Duration;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class BulkPaceTest {

    private static final Duration FLOOR = Duration.ofMillis(500);

    private static BatchInfo batch(long createdMillis, long finishedMillis, int records) {
        BatchInfo info = new BatchInfo();
        info.setCreatedDate(at(createdMillis));
        info.setSystemModstamp(at(finishedMillis));
        info.setNumberRecordsProcessed(records);
        return info;
    }

    private static Calendar at(long millis) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(1_800_000_000_000L + millis);
        return c;
    }

    @Test
    void before_any_batch_has_finished_the_first_wait_is_the_configured_one() {
        assertThat(new BulkPace(FLOOR).firstWait("Lead", 10_000)).isEqualTo(FLOOR);
    }

    @Test
    void the_first_wait_is_aimed_a_little_past_the_org_measured_pace() {
        BulkPace pace = new BulkPace(FLOOR);
        pace.finished("Lead", List.of(batch(0, 2_000, 10_000))); // 0.2 ms per record

        assertThat(pace.firstWait("Lead", 5_000)).isEqualTo(Duration.ofMillis(1_150));
        assertThat(pace.firstWait("Lead", 100)).as("never below the configured wait").isEqualTo(FLOOR);
    }

    @Test
    void batches_run_in_parallel_count_by_the_span_from_the_first_created_to_the_last_finished() {
        BulkPace pace = new BulkPace(FLOOR);
        pace.finished("Lead", List.of(batch(0, 2_000, 10_000), batch(100, 2_000, 10_000)));

        assertThat(pace.firstWait("Lead", 20_000)).isEqualTo(Duration.ofMillis(2_300));
    }

    @Test
    void one_slow_wait_moves_the_pace_half_way_only() {
        BulkPace pace = new BulkPace(FLOOR);
        pace.finished("Lead", List.of(batch(0, 1_000, 10_000)));
        pace.finished("Lead", List.of(batch(0, 3_000, 10_000)));

        assertThat(pace.firstWait("Lead", 10_000)).isEqualTo(Duration.ofMillis(2_300));
    }

    @Test
    void each_object_has_its_own_pace() {
        BulkPace pace = new BulkPace(FLOOR);
        pace.finished("Account", List.of(batch(0, 1_000, 10_000)));
        pace.finished("Lead", List.of(batch(0, 3_000, 10_000)));

        assertThat(pace.firstWait("Account", 10_000)).isEqualTo(Duration.ofMillis(1_150));
        assertThat(pace.firstWait("Lead", 10_000)).isEqualTo(Duration.ofMillis(3_450));
        assertThat(pace.known("Contact")).isFalse();
        assertThat(pace.firstWait("Contact", 10_000)).isEqualTo(FLOOR);
    }

    @Test
    void batches_the_org_did_not_date_teach_nothing() {
        BulkPace pace = new BulkPace(FLOOR);
        BatchInfo undated = new BatchInfo();
        undated.setNumberRecordsProcessed(10_000);
        pace.finished("Lead", List.of(undated));

        assertThat(pace.firstWait("Lead", 10_000)).isEqualTo(FLOOR);
        assertThat(pace.known("Lead")).isFalse();
    }

    @Test
    void a_first_wait_counts_from_when_the_batches_were_added() {
        java.time.Instant added = java.time.Instant.parse("2026-11-29T10:00:00Z");

        assertThat(BulkPace.left(Duration.ofMillis(500), added, added)).isEqualTo(Duration.ofMillis(500));
        assertThat(BulkPace.left(Duration.ofMillis(500), added, added.plusMillis(200))).isEqualTo(Duration.ofMillis(300));
        // added long before the caller turned to them: polled at once
        assertThat(BulkPace.left(Duration.ofMillis(500), added, added.plusSeconds(2))).isZero();
    }

    @Test
    void a_pace_kept_in_the_store_is_where_the_next_process_starts_for_that_org_only() {
        KeptRates store = new KeptRates();
        BulkPace learned = BulkPace.shared(FLOOR, new BulkRates(store), () -> "https://acme.my.salesforce.com");
        learned.finished("Lead", List.of(batch(0, 2_000, 10_000))); // 0.2 ms per record

        BulkPace next = BulkPace.shared(FLOOR, new BulkRates(store), () -> "https://acme.my.salesforce.com");
        BulkPace otherOrg = BulkPace.shared(FLOOR, new BulkRates(store), () -> "https://other.my.salesforce.com");

        assertThat(store.kept).containsEntry("https://acme.my.salesforce.com|Lead", 200_000.0);
        assertThat(next.known("Lead")).isTrue();
        assertThat(next.firstWait("Lead", 5_000)).isEqualTo(Duration.ofMillis(1_150));
        assertThat(next.known("Contact")).isFalse();
        assertThat(otherOrg.known("Lead")).isFalse();

        next.finished("Lead", List.of(batch(0, 4_000, 10_000))); // 0.4 ms: the kept pace moves half way
        assertThat(store.kept).containsEntry("https://acme.my.salesforce.com|Lead", 300_000.0);
    }

    @Test
    void a_store_that_fails_costs_the_kept_pace_not_the_run() {
        BulkRates.Store broken = new BulkRates.Store() {
            @Override
            public Double find(String org, String object) {
                throw new IllegalStateException("the app database is gone");
            }

            @Override
            public void keep(String org, String object, double nanosPerRecord) {
                throw new IllegalStateException("the app database is gone");
            }
        };
        BulkPace pace = BulkPace.shared(FLOOR, new BulkRates(broken), () -> "org");

        assertThat(pace.known("Lead")).isFalse();
        pace.finished("Lead", List.of(batch(0, 2_000, 10_000)));

        assertThat(pace.firstWait("Lead", 5_000)).as("learned in memory").isEqualTo(Duration.ofMillis(1_150));
    }
}
