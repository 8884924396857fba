package com.revealsync.org.data.validation;

import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.value.WireFormat;

/**
 * A record about to be saved, as a custom validation or duplicate rule sees it: field values by
 * name (case-insensitive) as wire text.
 */
public final class RecordView {

    private final ObjectMeta meta;
    private final Object[] values;

    RecordView(ObjectMeta meta, Object[] values) {
        this.meta = meta;
        this.values = values;
    }

    public String objectName() {
        return meta.name();
    }

    /** The field's value as wire text, or null when it is empty or there is no such field. */
    public String text(String fieldName) {
        int at = meta.position(fieldName);
        return at < 0 ? null : WireFormat.format(meta.type(at), values[at]);
    }

    public boolean isBlank(String fieldName) {
        String text = text(fieldName);
        return text == null || text.isBlank();
    }
}
