package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.match.MatchKeys;
import com.revealsync.run.ExportLinks;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what already exists in the org for a chunk of revealed contacts, in batched queries (the
 * criteria of an object OR-ed together, IN lists as long as a SOQL statement may be): never one
 * query per record. Tiers, as
 * product.md orders them: records exported before for the same Lusha id (the app database's memory
 * and the org's {@code Lusha_Id__c}), Leads and Contacts by email, the Contacts of converted Leads,
 * Accounts by Lusha company id, website domain and name, and the Accounts of matched Contacts.
 */
final class ExistingRecordLookup implements RecordLookup {

    /** LIKE clauses per Account query: Website has no index to use, keep each query modest. */
    private static final int DOMAINS_PER_QUERY = 50;

    private final LookupFields fields;
    private final ExportLinks remembered;

    ExistingRecordLookup(LookupFields fields, ExportLinks remembered) {
        this.fields = fields;
        this.remembered = remembered;
    }

    @Override
    public MatchIndex find(SalesforceGateway gateway, List<RevealedContact> contacts) {
        Keys keys = Keys.of(contacts);
        MatchIndex index = new MatchIndex();
        Set<String> rememberedIds = new LinkedHashSet<>();
        remembered.find(keys.lushaIds).forEach((lushaId, ids) -> ids.forEach(id -> {
            index.remember(lushaId, id);
            rememberedIds.add(id);
        }));
        Set<String> accountIds = new LinkedHashSet<>();
        Set<String> convertedContactIds = new LinkedHashSet<>();
        for (RecordType person : List.of(RecordType.Lead, RecordType.Contact)) {
            String prefix = person == RecordType.Lead ? "00Q" : "003";
            List<String> ids = rememberedIds.stream().filter(id -> id.startsWith(prefix)).toList();
            List<String> clauses = new ArrayList<>();
            inClauses(clauses, "Id", ids);
            if (fields.has(person, SystemFields.LUSHA_ID)) {
                inClauses(clauses, SystemFields.LUSHA_ID, keys.lushaIds);
            }
            inClauses(clauses, "Email", keys.emails);
            for (ExistingRecord r : query(gateway, person, clauses)) {
                index.add(r);
                collect(accountIds, r.value(SystemFields.ACCOUNT_ID));
                if (r.isConvertedLead()) {
                    collect(convertedContactIds, r.value(SystemFields.CONVERTED_CONTACT_ID));
                }
            }
        }
        List<String> converted = new ArrayList<>();
        inClauses(converted, "Id", convertedContactIds);
        for (ExistingRecord r : query(gateway, RecordType.Contact, converted)) {
            index.add(r);
            collect(accountIds, r.value(SystemFields.ACCOUNT_ID));
        }
        index.addAll(query(gateway, RecordType.Account, accountClauses(keys, accountIds)));
        return index;
    }

    private List<String> accountClauses(Keys keys, Collection<String> accountIds) {
        List<String> clauses = new ArrayList<>();
        inClauses(clauses, "Id", accountIds);
        if (fields.has(RecordType.Account, SystemFields.LUSHA_COMPANY_ID)) {
            inClauses(clauses, SystemFields.LUSHA_COMPANY_ID, keys.companyIds);
        }
        inClauses(clauses, "Name", keys.companyNames);
        for (List<String> part : SoqlLists.partition(keys.domains, DOMAINS_PER_QUERY)) {
            List<String> likes = part.stream().map(d -> "Website LIKE " + SoqlLists.containsLiteral(d)).toList();
            clauses.add(String.join(" OR ", likes));
        }
        return clauses;
    }

    /** Runs the clauses OR-ed together, as few queries as the SOQL length allows. */
    private List<ExistingRecord> query(SalesforceGateway gateway, RecordType type, List<String> whereClauses) {
        List<ExistingRecord> found = new ArrayList<>();
        for (String where : SoqlLists.orGroups(whereClauses)) {
            for (SalesforceRecord r : gateway.query(fields.select(type) + " WHERE " + where)) {
                found.add(toExisting(type, r));
            }
        }
        return found;
    }

    static ExistingRecord toExisting(RecordType type, SalesforceRecord r) {
        Map<String, String> values = new HashMap<>();
        r.fields().forEach((k, v) -> {
            if (v instanceof String s) {
                values.put(k, s);
            }
        });
        String id = r.id() != null ? r.id() : values.get("Id");
        return new ExistingRecord(type, id, values);
    }

    private static void inClauses(List<String> into, String field, Collection<String> values) {
        // 2 characters for the parentheses orGroups puts around each clause
        into.addAll(SoqlLists.inLists(field, values, SoqlLists.MAX_WHERE_CHARS - 2));
    }

    private static void collect(Set<String> into, String value) {
        if (value != null && !value.isBlank()) {
            into.add(value);
        }
    }

    /** The distinct search values of a chunk. */
    private record Keys(Set<String> lushaIds, Set<String> emails, Set<String> companyIds,
                        Set<String> domains, Set<String> companyNames) {
        static Keys of(List<RevealedContact> contacts) {
            Keys k = new Keys(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>());
            for (RevealedContact c : contacts) {
                MatchKeys m = MatchKeys.of(c);
                collect(k.lushaIds, m.lushaId());
                k.emails.addAll(m.emails());
                collect(k.companyIds, m.companyId());
                collect(k.domains, m.domain());
                String name = c.get(com.revealsync.lusha.LushaField.COMPANY_NAME);
                collect(k.companyNames, name == null ? null : name.strip());
            }
            return k;
        }
    }
}
