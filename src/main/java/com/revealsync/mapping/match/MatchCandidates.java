package com.revealsync.mapping.match;

import java.util.List;

/**
 * The Salesforce records the batched lookup found for one revealed contact, tier by tier. The
 * processor picks among them; it never queries.
 *
 * @param byLushaId Leads and Contacts this product exported before for the same Lusha id (the app
 *                  database's memory, or the org's {@code Lusha_Id__c})
 * @param contactsByEmail Contacts whose Email equals one of the contact's emails, ignoring case
 * @param leadsByEmail Leads likewise, converted ones included
 * @param convertedContacts the Contacts that converted Leads among the above were converted to
 * @param accountsByCompanyId Accounts whose {@code Lusha_Company_Id__c} is the contact's company id
 * @param accountsByDomain Accounts whose Website has the domain of the contact's company website
 * @param accountsByName Accounts whose Name equals the contact's company name, ignoring case and blanks
 */
public record MatchCandidates(List<ExistingRecord> byLushaId, List<ExistingRecord> contactsByEmail,
                              List<ExistingRecord> leadsByEmail, List<ExistingRecord> convertedContacts,
                              List<ExistingRecord> accountsByCompanyId, List<ExistingRecord> accountsByDomain,
                              List<ExistingRecord> accountsByName) {

    private static final MatchCandidates NONE =
            new MatchCandidates(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public MatchCandidates {
        byLushaId = copy(byLushaId);
        contactsByEmail = copy(contactsByEmail);
        leadsByEmail = copy(leadsByEmail);
        convertedContacts = copy(convertedContacts);
        accountsByCompanyId = copy(accountsByCompanyId);
        accountsByDomain = copy(accountsByDomain);
        accountsByName = copy(accountsByName);
    }

    /** Nothing found: everything is new. */
    public static MatchCandidates none() {
        return NONE;
    }

    /** Whether no Lead or Contact was found for the person (by Lusha id, email or conversion). */
    public boolean noPerson() {
        return byLushaId.isEmpty() && contactsByEmail.isEmpty() && leadsByEmail.isEmpty() && convertedContacts.isEmpty();
    }

    /** An Account among any tier by Id, or null (a Contact's current Account, say). */
    public ExistingRecord accountById(String id) {
        ExistingRecord r = byId(accountsByCompanyId, id);
        r = r != null ? r : byId(accountsByDomain, id);
        return r != null ? r : byId(accountsByName, id);
    }

    private static ExistingRecord byId(List<ExistingRecord> records, String id) {
        for (ExistingRecord r : records) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static List<ExistingRecord> copy(List<ExistingRecord> list) {
        return list == null || list.isEmpty() ? List.of() : List.copyOf(list);
    }
}
