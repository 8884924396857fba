package com.revealsync.backfill;

import com.revealsync.run.Outcome;
import com.revealsync.run.RowWarning;
import java.util.List;
import java.util.Map;

/**
 * What the backfill will do to one record: the fields to write (possibly none), or why not.
 *
 * @param data the Lusha data found for it, or null
 * @param values field to converted value, only the fields to write
 * @param outcome UPDATED when there is something to write, else UNCHANGED or SKIPPED
 * @param code for SKIPPED: why (the first value's refusal, e.g. FIELD_TYPE_MISMATCH)
 */
record RecordPlan(OrgRecord record, LushaData data, Map<String, Object> values, List<FieldChange> changes,
                  List<RowWarning> warnings, Outcome outcome, String code, String message, List<String> fields) {

    RecordPlan {
        values = Map.copyOf(values);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
        fields = List.copyOf(fields);
    }

    boolean writes() {
        return !values.isEmpty();
    }
}
