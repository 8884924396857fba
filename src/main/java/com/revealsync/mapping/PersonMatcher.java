package com.revealsync.mapping;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.profile.AccountExportPreferences;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 2 for the contact's own record: which existing Lead or Contact it is, if any. Tiers, in order:
 * <ol>
 *   <li>a Contact exported before for the same Lusha id; routed as Lead, an open (unconverted) Lead
 *       exported before for it;</li>
 *   <li>a Contact with the same email (ignoring case): an existing Contact wins over a new Lead;
 *       routed as Lead, an open Lead with the same email;</li>
 *   <li>a converted Lead of this person: never updated. Its converted Contact is updated when the
 *       lookup found it; otherwise the row is skipped ({@code CANNOT_UPDATE_CONVERTED_LEAD}) rather
 *       than a second Lead created for someone who is a Contact already;</li>
 *   <li>nothing: a new record of the routed type. Routed as Contact while an open Lead of the person
 *       exists, the Contact is created and the Lead left alone, with a {@code LEAD_EXISTS} warning.</li>
 * </ol>
 * Several records in one tier: the first by Id is used, with a {@code DUPLICATE_MATCH} warning.
 */
final class PersonMatcher {

    /** The record to write: an existing one to update, or null to create one of {@code type}. */
    record Match(RecordType type, ExistingRecord existing) {
    }

    private PersonMatcher() {
    }

    /** The match, or null when the row is skipped ({@code problems} says why). */
    static Match match(RecordType routed, MatchCandidates c, AccountExportPreferences prefs, Problems problems) {
        ExistingRecord found = pick(only(c.byLushaId(), RecordType.Contact, false), "Contacts", "Lusha id", problems);
        if (found == null && routed == RecordType.Lead) {
            found = pick(only(c.byLushaId(), RecordType.Lead, false), "Leads", "Lusha id", problems);
        }
        if (found == null) {
            found = pick(c.contactsByEmail(), "Contacts", "email", problems);
        }
        if (found == null && routed == RecordType.Lead) {
            found = pick(only(c.leadsByEmail(), RecordType.Lead, false), "Leads", "email", problems);
        }
        if (found == null) {
            found = convertedLeadsContact(c, problems);
            if (problems.skipped()) {
                return null;
            }
        }
        if (found == null) {
            if (routed == RecordType.Contact) {
                warnOpenLead(c, problems);
            }
            return new Match(routed, null);
        }
        if (found.type() != routed && !prefs.allows(found.type())) {
            return problems.skip(ExportCode.OBJECT_NOT_ALLOWED, "this person is " + found.type() + " " + found.id()
                    + " in Salesforce, and the account export preferences do not allow " + found.type()
                    + " (a second record is not created)", List.of());
        }
        return new Match(found.type(), found);
    }

    /** The Contact a converted Lead of this person became, when the lookup found it; a skip when it did not. */
    private static ExistingRecord convertedLeadsContact(MatchCandidates c, Problems problems) {
        ExistingRecord converted = null;
        for (List<ExistingRecord> tier : List.of(c.byLushaId(), c.leadsByEmail())) {
            List<ExistingRecord> leads = only(tier, RecordType.Lead, true);
            if (!leads.isEmpty()) {
                converted = first(leads);
                break;
            }
        }
        if (converted == null) {
            return null;
        }
        String contactId = converted.value(SystemFields.CONVERTED_CONTACT_ID);
        for (ExistingRecord contact : c.convertedContacts()) {
            if (contact.id().equals(contactId)) {
                return contact;
            }
        }
        return problems.skip(ExportCode.CANNOT_UPDATE_CONVERTED_LEAD, "cannot reference converted lead: Lead "
                + converted.id() + " of this person was converted" + (contactId == null ? "" : " to Contact " + contactId)
                + "; converted Leads are never updated, and no second Lead is created", List.of());
    }

    private static void warnOpenLead(MatchCandidates c, Problems problems) {
        List<ExistingRecord> leads = new ArrayList<>(only(c.byLushaId(), RecordType.Lead, false));
        leads.addAll(only(c.leadsByEmail(), RecordType.Lead, false));
        if (!leads.isEmpty()) {
            problems.warn(ExportCode.LEAD_EXISTS, "Lead " + first(leads).id()
                    + " of this person is left as it is: reveal-sync creates the Contact and does not convert Leads", null);
        }
    }

    /** Records of one type, converted Leads only or open records only. */
    private static List<ExistingRecord> only(List<ExistingRecord> records, RecordType type, boolean converted) {
        List<ExistingRecord> out = null;
        for (ExistingRecord r : records) {
            if (r.type() == type && r.isConvertedLead() == converted) {
                if (out == null) {
                    out = new ArrayList<>(records.size());
                }
                out.add(r);
            }
        }
        return out == null ? List.of() : out;
    }

    /** The first by Id of several records of one tier, with a warning; null for none. */
    static ExistingRecord pick(List<ExistingRecord> records, String what, String by, Problems problems) {
        if (records.isEmpty()) {
            return null;
        }
        ExistingRecord chosen = first(records);
        if (records.size() > 1) {
            List<String> ids = records.stream().map(ExistingRecord::id).sorted().toList();
            problems.warn(ExportCode.DUPLICATE_MATCH, records.size() + " " + what + " match by " + by + " (" + String.join(", ", ids)
                    + "); the first by Id, " + chosen.id() + ", is used", null);
        }
        return chosen;
    }

    private static ExistingRecord first(List<ExistingRecord> records) {
        ExistingRecord min = records.get(0);
        for (ExistingRecord r : records) {
            if (r.id().compareTo(min.id()) < 0) {
                min = r;
            }
        }
        return min;
    }
}
