package com.revealsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.salesforce.CompactValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A planned write keeps its values compact (CompactValues), in the planned order. */
class PlannedWriteValuesTest {

    @Test
    void aRecordWriteKeepsItsValuesCompactAndInOrder() {
        Map<String, Object> planned = new LinkedHashMap<>();
        planned.put("LastName", "Lovelace");
        planned.put("Company", "Analytical Engines");
        planned.put("Email", "ada@engines.example");
        RecordWrite write = new RecordWrite(com.revealsync.lusha.RecordType.Lead, WriteAction.CREATE, null, planned, null);
        assertThat(write.values()).isInstanceOf(CompactValues.class);
        assertThat(List.copyOf(write.values().keySet())).containsExactly("LastName", "Company", "Email");
    }
}
