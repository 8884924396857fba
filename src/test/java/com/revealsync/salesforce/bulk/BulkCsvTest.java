package com.revealsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.RecordWrite;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BulkCsvTest {

    private static BulkSettings limits(int records, long bytes) {
        return new BulkSettings(records, bytes, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMinutes(1));
    }

    @Test
    void batches_stay_within_the_byte_limit_and_each_starts_with_the_header() {
        List<RecordWrite> records = IntStream.range(0, 40)
                .mapToObj(i -> RecordWrite.of("k" + i, Map.of("Description", "x".repeat(90) + i))).toList();

        List<BulkCsv.Batch> batches = BulkCsv.batches(BulkOperation.INSERT, records, limits(10_000, 1024));

        assertThat(batches).hasSizeGreaterThan(3);
        assertThat(batches).allSatisfy(b -> {
            assertThat(b.csv().length).isLessThanOrEqualTo(1024);
            assertThat(new String(b.csv(), StandardCharsets.UTF_8)).startsWith("Description\n");
            assertThat(new String(b.csv(), StandardCharsets.UTF_8).lines().count()).isEqualTo(b.keys().size() + 1);
        });
        assertThat(batches.stream().flatMap(b -> b.keys().stream()).toList())
                .containsExactlyElementsOf(records.stream().map(RecordWrite::key).toList());
    }

    @Test
    void batches_stay_within_the_record_limit() {
        List<RecordWrite> records = IntStream.range(0, 25).mapToObj(i -> RecordWrite.of("k" + i, Map.of("LastName", "n" + i))).toList();

        assertThat(BulkCsv.batches(BulkOperation.INSERT, records, limits(10, 10_000_000)))
                .extracting(b -> b.keys().size()).containsExactly(10, 10, 5);
    }

    @Test
    void a_record_bigger_than_a_batch_is_refused_by_key() {
        List<RecordWrite> records = List.of(RecordWrite.of("huge", Map.of("Description", "x".repeat(2000))));

        assertThatThrownBy(() -> BulkCsv.batches(BulkOperation.INSERT, records, limits(10, 1024)))
                .hasMessageContaining("huge").hasMessageContaining("too big");
    }

    @Test
    void values_with_commas_quotes_and_line_breaks_are_quoted() {
        List<RecordWrite> records = List.of(RecordWrite.of("k", Map.of("Name", "O'Brien, \"Bob\"\nJr")));

        String csv = new String(BulkCsv.batches(BulkOperation.INSERT, records, limits(10, 10_000)).get(0).csv(), StandardCharsets.UTF_8);

        assertThat(csv).isEqualTo("Name\n\"O'Brien, \"\"Bob\"\"\nJr\"\n");
    }

    static List<Object[]> values() {
        return List.of(
                new Object[]{"text", "text"},
                new Object[]{true, "true"},
                new Object[]{42, "42"},
                new Object[]{12_345_678_901L, "12345678901"},
                new Object[]{1.0E10, "10000000000"},
                new Object[]{0.25, "0.25"},
                new Object[]{new BigDecimal("1E+3"), "1000"},
                new Object[]{LocalDate.of(2025, 3, 9), "2025-03-09"},
                new Object[]{Instant.parse("2025-03-09T10:15:30Z"), "2025-03-09T10:15:30Z"});
    }

    @ParameterizedTest
    @MethodSource("values")
    void each_value_type_has_one_plain_text_form(Object value, String text) {
        assertThat(BulkCsv.format(value)).isEqualTo(text);
    }
}
