package com.revealsync.org.data.store;

import com.revealsync.org.data.schema.ObjectMeta;

/**
 * One saved record: its object, its 18-character id, and its typed values in the object's field
 * order. Never changed once stored: an update stores a new instance, so readers (query cursors
 * among them) always see a consistent record.
 */
public final class StoredRecord {

    private final ObjectMeta meta;
    private final String id;
    private final Object[] values;

    public StoredRecord(ObjectMeta meta, String id, Object[] values) {
        this.meta = meta;
        this.id = id;
        this.values = values;
    }

    public ObjectMeta meta() {
        return meta;
    }

    public String id() {
        return id;
    }

    public Object value(int position) {
        return values[position];
    }

    public Object value(String fieldName) {
        int at = meta.position(fieldName);
        return at < 0 ? null : values[at];
    }

    /** A copy of the values, to build an updated record from. */
    public Object[] copyValues() {
        return values.clone();
    }

    public boolean isDeleted() {
        return Boolean.TRUE.equals(value("IsDeleted"));
    }

    @Override
    public String toString() {
        return meta.name() + "[" + id + "]";
    }
}
