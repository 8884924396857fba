package com.revealsync.mapping.match;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.convert.Urls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The records one chunk's lookup queries returned, indexed the way matching needs them; hands each
 * revealed contact its {@link MatchCandidates}. Build one per chunk: add every record the queries
 * returned (Leads, Contacts, Accounts, and the Contacts of converted Leads), and what the app
 * database remembers of earlier exports. Not thread-safe.
 */
public final class MatchIndex {

    private final Map<String, ExistingRecord> byId = new HashMap<>();
    private final Map<String, List<ExistingRecord>> personByLushaId = new HashMap<>();
    private final Map<String, List<ExistingRecord>> contactsByEmail = new HashMap<>();
    private final Map<String, List<ExistingRecord>> leadsByEmail = new HashMap<>();
    private final Map<String, List<ExistingRecord>> accountsByCompanyId = new HashMap<>();
    private final Map<String, List<ExistingRecord>> accountsByDomain = new HashMap<>();
    private final Map<String, List<ExistingRecord>> accountsByName = new HashMap<>();
    private final Map<String, Set<String>> remembered = new HashMap<>();

    /** Adds a record the lookup returned; a record added twice (found by two queries) counts once. */
    public MatchIndex add(ExistingRecord record) {
        if (byId.putIfAbsent(record.id(), record) != null) {
            return this;
        }
        if (record.type() == RecordType.Account) {
            put(accountsByCompanyId, record.value(SystemFields.LUSHA_COMPANY_ID), record);
            put(accountsByDomain, Urls.domain(record.value("Website")), record);
            put(accountsByName, Names.normalise(record.value("Name")), record);
        } else {
            put(personByLushaId, record.value(SystemFields.LUSHA_ID), record);
            String email = record.value("Email");
            put(record.type() == RecordType.Contact ? contactsByEmail : leadsByEmail,
                    email == null ? null : email.strip().toLowerCase(Locale.ROOT), record);
        }
        return this;
    }

    public MatchIndex addAll(Iterable<ExistingRecord> records) {
        records.forEach(this::add);
        return this;
    }

    /** The app database remembers that this Lusha id was exported as this Salesforce record. */
    public MatchIndex remember(String lushaId, String salesforceId) {
        remembered.computeIfAbsent(lushaId, k -> new LinkedHashSet<>()).add(salesforceId);
        return this;
    }

    public MatchCandidates candidates(RevealedContact contact) {
        MatchKeys keys = MatchKeys.of(contact);
        List<ExistingRecord> byLushaId = new ArrayList<>();
        if (keys.lushaId() != null) {
            for (String id : remembered.getOrDefault(keys.lushaId(), Set.of())) {
                ExistingRecord r = byId.get(id);
                if (r != null && r.type() != RecordType.Account) {
                    byLushaId.add(r);
                }
            }
            for (ExistingRecord r : personByLushaId.getOrDefault(keys.lushaId(), List.of())) {
                if (!byLushaId.contains(r)) {
                    byLushaId.add(r);
                }
            }
        }
        List<ExistingRecord> contacts = new ArrayList<>();
        List<ExistingRecord> leads = new ArrayList<>();
        for (String email : keys.emails()) {
            addNew(contacts, contactsByEmail.get(email));
            addNew(leads, leadsByEmail.get(email));
        }
        List<ExistingRecord> converted = new ArrayList<>();
        for (List<ExistingRecord> list : List.of(byLushaId, leads)) {
            for (ExistingRecord lead : list) {
                String contactId = lead.isConvertedLead() ? lead.value(SystemFields.CONVERTED_CONTACT_ID) : null;
                ExistingRecord c = contactId == null ? null : byId.get(contactId);
                if (c != null && !converted.contains(c)) {
                    converted.add(c);
                }
            }
        }
        return new MatchCandidates(byLushaId, contacts, leads, converted,
                get(accountsByCompanyId, keys.companyId()), get(accountsByDomain, keys.domain()),
                get(accountsByName, keys.companyName()));
    }

    private static void put(Map<String, List<ExistingRecord>> index, String key, ExistingRecord r) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(r);
        }
    }

    private static List<ExistingRecord> get(Map<String, List<ExistingRecord>> index, String key) {
        return key == null ? List.of() : index.getOrDefault(key, List.of());
    }

    private static void addNew(List<ExistingRecord> into, List<ExistingRecord> found) {
        if (found != null) {
            for (ExistingRecord r : found) {
                if (!into.contains(r)) {
                    into.add(r);
                }
            }
        }
    }
}
