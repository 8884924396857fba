package com.revealsync.mapping;

/** The Account a Contact belongs to: one that exists, or one this chunk creates. */
public sealed interface AccountRef {

    /** An Account that exists in Salesforce. */
    record Existing(String id) implements AccountRef {
    }

    /**
     * An Account to create, named by its company: {@code company_id:<Lusha company id>},
     * {@code domain:<website domain>} or {@code name:<normalised name>}. Contacts of one new company
     * share the key, so the writer creates the Account once and links them all to it.
     */
    record New(String companyKey) implements AccountRef {
    }
}
