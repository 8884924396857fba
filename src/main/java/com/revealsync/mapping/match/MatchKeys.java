package com.revealsync.mapping.match;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.convert.Urls;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the lookup queries search by for one revealed contact, normalised: the lookup collects these
 * over a chunk into one query per object ({@code IN (...)}), never one query per record.
 *
 * @param emails Email 1 then Email 2, lower case, without blanks or duplicates
 * @param domain the company website's domain ({@code acme.com}), or null
 * @param companyName the company name, {@link Names#normalise normalised}, or null
 */
public record MatchKeys(String lushaId, List<String> emails, String companyId, String domain, String companyName) {

    public MatchKeys {
        emails = List.copyOf(emails);
    }

    public static MatchKeys of(RevealedContact contact) {
        List<String> emails = new ArrayList<>(2);
        for (LushaField f : new LushaField[] {LushaField.EMAIL_1, LushaField.EMAIL_2}) {
            String e = contact.get(f);
            if (e != null && !e.isBlank()) {
                String lower = e.strip().toLowerCase(Locale.ROOT);
                if (!emails.contains(lower)) {
                    emails.add(lower);
                }
            }
        }
        String companyId = contact.get(LushaField.COMPANY_ID);
        return new MatchKeys(blankToNull(contact.lushaId()), emails, blankToNull(companyId),
                Urls.domain(contact.get(LushaField.COMPANY_WEBSITE)), Names.normalise(contact.get(LushaField.COMPANY_NAME)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
