package com.revealsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A record's values: the planned order, lookups, immutability, map equality; what keeps them. */
class CompactValuesTest {

    private static Map<String, Object> planned() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("LastName", "Lovelace");
        m.put("Company", "Analytical Engines");
        m.put("AnnualRevenue", new BigDecimal("25000000"));
        m.put("Email", "ada@engines.example");
        return m;
    }

    @Test
    void keepsThePlannedOrderAndFindsEachValue() {
        Map<String, Object> values = CompactValues.copyOf(planned());
        assertThat(List.copyOf(values.keySet())).containsExactly("LastName", "Company", "AnnualRevenue", "Email");
        assertThat(values.get("AnnualRevenue")).isEqualTo(new BigDecimal("25000000"));
        assertThat(values.containsKey("Email")).isTrue();
        assertThat(values.get("Title")).isNull();
        assertThat(values.containsKey("Title")).isFalse();
        assertThat(values).hasSize(4).isEqualTo(planned());
        assertThat(values.hashCode()).isEqualTo(planned().hashCode());
    }

    @Test
    void cannotBeChangedAndIsNotCopiedTwice() {
        Map<String, Object> values = CompactValues.copyOf(planned());
        assertThatThrownBy(() -> values.put("Title", "CTO")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(CompactValues.copyOf(values)).isSameAs(values);
        assertThat(CompactValues.copyOf(Map.of())).isEmpty();
    }

    @Test
    void aRecordToWriteKeepsItsValuesCompactAndACompactMapWithoutEmptyValuesAsItIs() {
        Map<String, Object> planned = CompactValues.copyOf(planned());
        RecordWrite write = RecordWrite.of("row:1", planned);
        assertThat(write.values()).isSameAs(planned);

        Map<String, Object> withEmpty = new LinkedHashMap<>(planned());
        withEmpty.put("Title", "");
        RecordWrite copied = RecordWrite.of("row:2", CompactValues.copyOf(withEmpty));
        assertThat(copied.values()).isInstanceOf(CompactValues.class).isEqualTo(planned());
        assertThat(List.copyOf(copied.values().keySet())).containsExactly("LastName", "Company", "AnnualRevenue", "Email");
        assertThat(RecordWrite.of("row:3", new LinkedHashMap<>(planned())).values()).isInstanceOf(CompactValues.class);
    }
}
