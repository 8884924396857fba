package com.revealsync.mapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.salesforce.CompactValues;
import java.util.Map;

/**
 * The planned write of one record: create (no Id), update (its Id and only the changed fields), or
 * nothing.
 *
 * @param values field API name -> value, in profile order; values are String, Integer, BigDecimal,
 *               Boolean, LocalDate or Instant by field type. A Contact's AccountId is not among
 *               them: it comes from the plan's {@link AccountWrite} when {@code link} is set.
 * @param upsertKey the external-id field a create may be upserted on so that a retry never
 *                  duplicates ({@code Lusha_Id__c}, with its value in {@code values}); null if none
 */
public record RecordWrite(RecordType type, WriteAction action, String id, Map<String, Object> values, String upsertKey) {

    public RecordWrite {
        values = CompactValues.copyOf(values);
    }
}
