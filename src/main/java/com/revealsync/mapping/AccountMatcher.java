package com.revealsync.mapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.convert.Urls;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.match.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2 for a Contact's Account, tiers in order: the Lusha company id ({@code Lusha_Company_Id__c}),
 * then website domain and name together, then domain alone, then the exact name (ignoring case and
 * runs of blanks). Several Accounts in one tier: the first by Id, with a warning.
 */
final class AccountMatcher {

    private AccountMatcher() {
    }

    /** The matched Account, or null when none matches. */
    static ExistingRecord match(RevealedContact contact, MatchCandidates c, Problems problems) {
        ExistingRecord found = PersonMatcher.pick(c.accountsByCompanyId(), "Accounts", "Lusha company id", problems);
        if (found != null) {
            return found;
        }
        String name = Names.normalise(contact.get(LushaField.COMPANY_NAME));
        List<ExistingRecord> byDomain = c.accountsByDomain();
        if (!byDomain.isEmpty() && name != null) {
            found = PersonMatcher.pick(named(byDomain, name), "Accounts", "website domain and name", problems);
        }
        if (found == null) {
            found = PersonMatcher.pick(byDomain, "Accounts", "website domain", problems);
        }
        if (found == null && name != null) {
            found = PersonMatcher.pick(named(c.accountsByName(), name), "Accounts", "name", problems);
        }
        return found;
    }

    /**
     * The key a new Account is known by until it exists, so that the contacts of one new company in a
     * chunk create one Account: the company id, else the website domain, else the name; null when the
     * contact names no company at all.
     */
    static String companyKey(RevealedContact contact) {
        String id = contact.get(LushaField.COMPANY_ID);
        if (id != null && !id.isBlank()) {
            return "company_id:" + id.strip();
        }
        String domain = Urls.domain(contact.get(LushaField.COMPANY_WEBSITE));
        if (domain != null) {
            return "domain:" + domain;
        }
        String name = Names.normalise(contact.get(LushaField.COMPANY_NAME));
        return name == null ? null : "name:" + name;
    }

    private static List<ExistingRecord> named(List<ExistingRecord> accounts, String normalisedName) {
        List<ExistingRecord> out = new ArrayList<>(accounts.size());
        for (ExistingRecord a : accounts) {
            if (normalisedName.equals(Names.normalise(a.value("Name")))) {
                out.add(a);
            }
        }
        return out;
    }
}
