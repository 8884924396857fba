package com.revealsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordWriteTest {

    @Test
    void a_record_keeps_its_fields_in_order_and_cannot_be_changed() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("LastName", "Smith");
        values.put("NumberOfEmployees", 40);
        values.put("AnnualRevenue", new BigDecimal("1200000"));
        values.put("Since", LocalDate.of(2024, 1, 2));
        RecordWrite record = RecordWrite.of("row:1", values);
        values.put("Title", "changed later");

        assertThat(record.values().keySet()).containsExactly("LastName", "NumberOfEmployees", "AnnualRevenue", "Since");
        assertThatThrownBy(() -> record.values().put("Title", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void values_it_cannot_send_are_refused_naming_record_and_field() {
        Map<String, Object> withList = Map.of("Tags", List.of("a"));
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("Title", null);

        assertThatThrownBy(() -> RecordWrite.of("row:1", withList)).hasMessageContaining("row:1")
                .hasMessageContaining("Tags").hasMessageContaining("cannot be sent");
        assertThatThrownBy(() -> RecordWrite.of("row:2", withNull)).hasMessageContaining("use fieldsToNull");
        assertThatThrownBy(() -> RecordWrite.of(" ", Map.of())).hasMessageContaining("needs a key");
        assertThatThrownBy(() -> RecordWrite.update("row:4", null, Map.of())).hasMessageContaining("Salesforce id");
        assertThatThrownBy(() -> new RecordWrite("row:5", null, Map.of("Title", "x"), Set.of("Title")))
                .hasMessageContaining("both set and cleared");
    }

    @Test
    void an_empty_string_is_not_written_at_all() {
        assertThat(RecordWrite.of("row:1", Map.of("Title", "", "LastName", "Smith")).values()).containsOnlyKeys("LastName");
    }

    @Test
    void a_write_result_fails_exactly_when_it_has_errors() {
        assertThatThrownBy(() -> new WriteResult("k", null, false, false, List.of())).hasMessageContaining("exactly when");
        assertThat(WriteResult.failed("k", null, List.of(new SalesforceError("UNABLE_TO_LOCK_ROW", "locked")))
                .failedWith("UNABLE_TO_LOCK_ROW")).isTrue();
    }
}
