package com.revealsync.org.data.soql;

import com.revealsync.org.data.schema.FieldType;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;

/**
 * A field a query names, bound to the metadata: a field of the queried object, or a field of a
 * parent reached through one relationship ({@code Account.Name} on Contact).
 *
 * @param referencePosition the reference field on the queried object, or -1 for a direct field
 * @param relationshipName the relationship's canonical name, or null for a direct field
 */
record FieldRef(ObjectMeta owner, int position, int referencePosition, String relationshipName) {

    boolean direct() {
        return referencePosition < 0;
    }

    FieldType type() {
        return owner.type(position);
    }

    String name() {
        return owner.field(position).name();
    }

    /** The typed value of this field for a record of the queried object; null when the parent is absent. */
    Object value(StoredRecord record, OrgStore store) {
        if (direct()) {
            return record.value(position);
        }
        StoredRecord parent = parent(record, store);
        return parent == null ? null : parent.value(position);
    }

    StoredRecord parent(StoredRecord record, OrgStore store) {
        Object parentId = record.value(referencePosition);
        return parentId == null ? null : store.findLive((String) parentId).orElse(null);
    }
}
