package com.revealsync.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RowRef;
import com.revealsync.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A run's summary counts, read in one pass: per outcome, and its problems per code, most frequent first. */
class OutcomeCountsTest {

    @Test
    void countsPerOutcomeAndProblemsPerCodeOfOneRunOnly() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
        OutcomeStore store = new OutcomeStore(jdbc, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new ExportLinks(jdbc));
        store.saveAll(7, List.of(row(1, Outcome.CREATED, null), row(2, Outcome.CREATED, null), row(3, Outcome.UNCHANGED, null),
                row(4, Outcome.SKIPPED, "INVALID_VALUE"), row(5, Outcome.FAILED, "STRING_TOO_LONG"),
                row(6, Outcome.SKIPPED, "STRING_TOO_LONG"), row(7, Outcome.SKIPPED, "ACCOUNT_NOT_FOUND")));
        store.saveAll(8, List.of(row(1, Outcome.FAILED, "INVALID_VALUE")));

        OutcomeStore.Counts counts = store.counts(7);

        assertThat(counts.byOutcome()).containsExactlyInAnyOrderEntriesOf(Map.of(Outcome.CREATED, 2L, Outcome.UPDATED, 0L,
                Outcome.UNCHANGED, 1L, Outcome.SKIPPED, 3L, Outcome.FAILED, 1L));
        assertThat(counts.problemsByCode().keySet()).containsExactly("STRING_TOO_LONG", "ACCOUNT_NOT_FOUND", "INVALID_VALUE");
        assertThat(counts.problemsByCode()).containsEntry("STRING_TOO_LONG", 2L).containsEntry("INVALID_VALUE", 1L);
        assertThat(store.counts(9).byOutcome().values()).containsOnly(0L);
    }

    @Test
    void aRunRecordedWithCountersIsCountedFromThemAnOlderRunFromItsRows() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.h2());
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        OutcomeStore store = new OutcomeStore(jdbc, clock, new ExportLinks(jdbc));
        new RunStore(jdbc, clock).started(11, "nightlySync", "embedded", "", null);
        jdbc.update("INSERT INTO sync_run (run_id, job_name, status, started_at) VALUES (12, 'nightlySync', 'STARTED', CURRENT_TIMESTAMP)");
        for (long run : new long[] {11, 12}) {
            store.saveAll(run, List.of(row(1, Outcome.CREATED, null), row(2, Outcome.SKIPPED, "INVALID_VALUE")));
            store.saveAll(run, List.of(row(3, Outcome.SKIPPED, "INVALID_VALUE"), row(4, Outcome.UNCHANGED, null)));
            // a row stored behind the store's back: only a count read from the rows sees it
            jdbc.update("INSERT INTO row_outcome (run_id, source_file, line_no, outcome, code, recorded_at)"
                    + " VALUES (?, 'batch.csv', 99, 'FAILED', 'STRING_TOO_LONG', CURRENT_TIMESTAMP)", run);
        }

        OutcomeStore.Counts counted = store.counts(11);
        assertThat(counted.byOutcome()).containsEntry(Outcome.CREATED, 1L).containsEntry(Outcome.SKIPPED, 2L)
                .containsEntry(Outcome.UNCHANGED, 1L).containsEntry(Outcome.FAILED, 0L);
        assertThat(counted.problemsByCode()).containsExactlyEntriesOf(Map.of("INVALID_VALUE", 2L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM run_outcome_count WHERE run_id = 11", Integer.class))
                .as("one counter per outcome and code").isEqualTo(3);

        OutcomeStore.Counts scanned = store.counts(12);
        assertThat(scanned.byOutcome()).containsEntry(Outcome.FAILED, 1L).containsEntry(Outcome.SKIPPED, 2L);
        assertThat(scanned.problemsByCode().keySet()).containsExactly("INVALID_VALUE", "STRING_TOO_LONG");
    }

    private static RowOutcome row(long line, Outcome outcome, String code) {
        return new RowOutcome(new RowRef("batch.csv", line), "L-" + line, "rep@acme.example", "Lead", outcome,
                outcome.isProblem() ? null : "00Q00000000000" + line + "AAA", null, code, code == null ? null : "why",
                null, null, Map.of());
    }
}
