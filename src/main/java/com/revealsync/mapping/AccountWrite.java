package com.revealsync.mapping;

import com.revealsync.salesforce.CompactValues;
import java.util.Map;

/**
 * The Account side of a Contact's plan.
 *
 * @param ref the Account the Contact belongs to (existing, or one to create)
 * @param action CREATE for a {@link AccountRef.New}; UPDATE or NONE for an existing Account
 * @param values what to write on the Account (all fields on create, changed ones on update)
 * @param link whether the Contact's AccountId must be set to this Account (new Contacts, and
 *             existing ones without an Account); existing Contacts are never moved
 * @param upsertKey as in {@link RecordWrite#upsertKey()}: {@code Lusha_Company_Id__c} on create, or null
 */
public record AccountWrite(AccountRef ref, WriteAction action, Map<String, Object> values, boolean link, String upsertKey) {

    public AccountWrite {
        values = CompactValues.copyOf(values);
    }
}
