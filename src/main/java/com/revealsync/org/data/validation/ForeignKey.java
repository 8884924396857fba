package com.revealsync.org.data.validation;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.OrgStore;
import java.util.List;

/**
 * A reference set through the parent's external id, as bulk loaders send it: the column
 * {@code Account.Lusha_Company_Id__c} on a Contact sets AccountId to the Account with that value.
 * Resolved under the write lock, when the parents of the same call may already exist.
 *
 * @param referencePosition the reference field it sets (AccountId)
 * @param keyPosition the parent's external-id field (Account.Lusha_Company_Id__c)
 * @param key the parsed key value; null clears the reference
 */
public record ForeignKey(int referencePosition, ObjectMeta parent, int keyPosition, Object key) {

    /** The parent's id, or the error when no or several parents hold the key. */
    public Object resolve(OrgStore store, List<OrgError> errors) {
        if (key == null) {
            return null;
        }
        List<String> ids = store.table(parent).lookup(keyPosition, key);
        if (ids.size() == 1) {
            return ids.get(0);
        }
        String field = parent.field(keyPosition).name();
        errors.add(new OrgError("INVALID_FIELD", "Foreign key external ID: " + key + (ids.isEmpty() ? " not found" : " matches "
                + ids.size() + " records") + " for field " + field + " in entity " + parent.name(), List.of()));
        return null;
    }
}
