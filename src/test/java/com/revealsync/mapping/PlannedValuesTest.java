package com.revealsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A planned write's values: the planned order, lookups, immutability, and map equality. */
class PlannedValuesTest {

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
        Map<String, Object> values = PlannedValues.copyOf(planned());
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
        Map<String, Object> values = PlannedValues.copyOf(planned());
        assertThatThrownBy(() -> values.put("Title", "CTO")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> values.entrySet().iterator().next().setValue("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(PlannedValues.copyOf(values)).isSameAs(values);
        assertThat(PlannedValues.copyOf(Map.of())).isEmpty();
    }

    @Test
    void aRecordWriteKeepsItsValuesCompactAndInOrder() {
        RecordWrite write = new RecordWrite(com.revealsync.lusha.RecordType.Lead, WriteAction.CREATE, null, planned(), null);
        assertThat(write.values()).isInstanceOf(PlannedValues.class);
        assertThat(List.copyOf(write.values().keySet())).containsExactly("LastName", "Company", "AnnualRevenue", "Email");
    }
}
