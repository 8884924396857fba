package com.revealsync.lusha;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One revealed contact, parsed from one row of a batch: its known field values (blank cells left
 * out, values stripped) and every source column as it was read, unknown columns included, for the
 * reports.
 *
 * @param source where the row came from (file and line), for every report and error message
 */
public record RevealedContact(RowRef source, Map<LushaField, String> values, Map<String, String> sourceColumns)
        implements InputRow {

    public RevealedContact {
        values = FieldValues.of(values);
        sourceColumns = sourceColumns instanceof SourceColumns shared ? shared
                : Collections.unmodifiableMap(new LinkedHashMap<>(sourceColumns));
    }

    /** The value of a field, or null when the row left it empty. */
    public String get(LushaField field) {
        return values.get(field);
    }

    public boolean has(LushaField field) {
        return values.containsKey(field);
    }

    public String lushaId() {
        return values.get(LushaField.LUSHA_ID);
    }

    public String revealedBy() {
        return values.get(LushaField.REVEALED_BY);
    }
}
