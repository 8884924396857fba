package com.revealsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.mapping.testing.Rows;
import com.revealsync.run.ExportLinks;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import com.revealsync.salesforce.WriteResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SnapshotLookupTest {

    private final RecordingGateway gateway = new RecordingGateway();
    private final Map<String, List<String>> rememberedIds = new HashMap<>();
    private final ExportLinks remembered = new ExportLinks(null) {
        @Override
        public Map<String, List<String>> find(Collection<String> lushaIds) {
            Map<String, List<String>> found = new HashMap<>();
            lushaIds.forEach(id -> {
                if (rememberedIds.containsKey(id)) {
                    found.put(id, rememberedIds.get(id));
                }
            });
            return found;
        }
    };
    private final List<String> perChunkCalls = new ArrayList<>();
    private final RecordLookup perChunk = (g, contacts) -> {
        perChunkCalls.add(contacts.size() + " contacts");
        return new MatchIndex();
    };
    private final LookupFields fields = new LookupFields(Describes.standard(), Map.of(
            RecordType.Lead, Set.of("Title"), RecordType.Contact, Set.of("Title"), RecordType.Account, Set.of("Website")));
    private final SnapshotLookup lookup = new SnapshotLookup(perChunk, fields, remembered, 100, 0);

    @AfterEach
    void close() {
        lookup.close();
    }

    private void inOrg(String object, String id, String... fieldValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Id", id);
        for (int i = 0; i + 1 < fieldValues.length; i += 2) {
            values.put(fieldValues[i], fieldValues[i + 1]);
        }
        gateway.orgRecords.computeIfAbsent(object, o -> new ArrayList<>()).add(new SalesforceRecord(object, id, values));
    }

    @Test
    void theOrgIsReadOnceAndEveryTierIsMatchedFromIt() {
        inOrg("Lead", "00Q1", "Email", "jane.doe@acme.com", "Title", "VP");
        inOrg("Lead", "00Q2", "Email", "old@acme.com", "IsConverted", "true", "ConvertedContactId", "0032");
        inOrg("Contact", "0031", "Lusha_Id__c", "lusha-9", "AccountId", "0019");
        inOrg("Contact", "0032", "Email", "old.contact@acme.com", "AccountId", "0018");
        inOrg("Contact", "0033", "Email", "remembered@acme.com");
        inOrg("Account", "0011", "Lusha_Company_Id__c", "c-42");
        inOrg("Account", "0012", "Website", "http://acme.com/");
        inOrg("Account", "0013", "Name", "Acme Corp");
        inOrg("Account", "0018", "Name", "Parent of the converted contact");
        inOrg("Account", "0019", "Name", "Account of lusha-9");
        inOrg("Account", "0020", "Name", "Someone else");
        rememberedIds.put("lusha-7", List.of("0033"));
        RevealedContact jane = Rows.jane();
        RevealedContact nine = Rows.jane("lusha_id", "lusha-9", "email_1", "", "company_id", "", "company_name", "",
                "company_website", "");
        RevealedContact convertedOne = Rows.jane("lusha_id", "lusha-8", "email_1", "old@acme.com");
        RevealedContact rememberedOne = Rows.jane("lusha_id", "lusha-7", "email_1", "");

        MatchIndex index = lookup.find(gateway, List.of(jane, nine, convertedOne, rememberedOne));
        lookup.find(gateway, List.of(jane));

        // a few records per object: one SOAP query page each, fewer calls than a Bulk query
        assertThat(gateway.queries).hasSize(3).allSatisfy(q -> assertThat(q).startsWith("SELECT Id, ").doesNotContain("WHERE"));
        assertThat(gateway.bulkQueries).isEmpty();
        MatchCandidates forJane = index.candidates(jane);
        assertThat(forJane.leadsByEmail()).extracting(ExistingRecord::id).containsExactly("00Q1");
        assertThat(forJane.accountsByCompanyId()).extracting(ExistingRecord::id).containsExactly("0011");
        assertThat(forJane.accountsByDomain()).extracting(ExistingRecord::id).containsExactly("0012");
        assertThat(forJane.accountsByName()).extracting(ExistingRecord::id).containsExactly("0013");
        assertThat(index.candidates(nine).byLushaId()).extracting(ExistingRecord::id).containsExactly("0031");
        assertThat(index.candidates(convertedOne).convertedContacts()).extracting(ExistingRecord::id).containsExactly("0032");
        assertThat(index.candidates(rememberedOne).byLushaId()).extracting(ExistingRecord::id).containsExactly("0033");
        assertThat(index.candidates(jane).accountById("0020")).isNull();
        assertThat(perChunkCalls).isEmpty();
    }

    @Test
    void recordsTheRunWritesAreFoundByLaterChunks() {
        RevealedContact jane = Rows.jane();
        lookup.find(gateway, List.of(jane));

        lookup.written(gateway, "Lead", RecordWrite.of("batch.csv:2", Map.of("Email", "jane.doe@acme.com",
                "Lusha_Id__c", "lusha-1", "NumberOfEmployees", new java.math.BigDecimal("1.2E+3"))),
                WriteResult.succeeded("batch.csv:2", "00Q7", true));
        MatchIndex later = lookup.find(gateway, List.of(jane));

        assertThat(later.candidates(jane).byLushaId()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("00Q7");
            assertThat(r.value("NumberOfEmployees")).isEqualTo("1200");
        });
        assertThat(later.candidates(jane).leadsByEmail()).extracting(ExistingRecord::id).containsExactly("00Q7");
    }

    @Test
    void anEmptyOrgCostsOneQueryPerObjectWhoseFirstPageSaysSo() {
        lookup.find(gateway, List.of(Rows.jane()));

        assertThat(gateway.bulkQueries).isEmpty();
        assertThat(gateway.queries).as("one query per object, no COUNT() before it").hasSize(3)
                .noneMatch(q -> q.contains("COUNT()"));
    }

    @Test
    void anObjectOfMoreThanSixPagesIsReadWithABulkQueryTheOthersWithSoapPages() {
        for (int i = 0; i <= 12_000; i++) {
            inOrg("Lead", "00Q" + i, "Email", "p" + i + "@acme.com");
        }
        for (int i = 0; i < 12_000; i++) {
            inOrg("Contact", "003" + i, "Email", "c" + i + "@acme.com");
        }
        SnapshotLookup big = new SnapshotLookup(perChunk, fields, remembered, 1_000_000, 0);
        try {
            MatchIndex index = big.find(gateway, List.of(Rows.jane("email_1", "p12000@acme.com"), Rows.jane("email_1", "c11999@acme.com")));

            // the first page of each object says how many: 12,001 Leads need 6 more pages of 2,000, as
            // many calls as a Bulk query; 12,000 Contacts 5 more
            assertThat(gateway.bulkQueries).singleElement().satisfies(q -> assertThat(q).endsWith(" FROM Lead"));
            assertThat(gateway.queries).hasSize(3).noneMatch(q -> q.contains("COUNT()"));
            assertThat(index.candidates(Rows.jane("email_1", "p12000@acme.com")).leadsByEmail())
                    .extracting(ExistingRecord::id).containsExactly("00Q12000");
            assertThat(index.candidates(Rows.jane("email_1", "c11999@acme.com")).contactsByEmail())
                    .extracting(ExistingRecord::id).containsExactly("00311999");
        } finally {
            big.close();
        }
    }

    @Test
    void anOrgBiggerThanTheLimitIsQueriedPerChunkInstead() {
        for (int i = 0; i < 101; i++) {
            inOrg("Lead", String.format("00Q%03d", i), "Email", "p" + i + "@acme.com");
        }

        lookup.find(gateway, List.of(Rows.jane()));
        lookup.find(gateway, List.of(Rows.jane(), Rows.jane("lusha_id", "lusha-2")));

        assertThat(gateway.bulkQueries).isEmpty();
        assertThat(gateway.queries).as("the Leads' first page says 101: nothing more is read")
                .singleElement().satisfies(q -> assertThat(q).endsWith(" FROM Lead"));
        assertThat(perChunkCalls).containsExactly("1 contacts", "2 contacts");
    }

    @Test
    void aFewRowsAreQueriedPerChunkUntilALookupOfMoreReadsTheOrgForTheRestOfTheRun() {
        inOrg("Lead", "00Q1", "Email", "jane.doe@acme.com");
        SnapshotLookup lazy = new SnapshotLookup(perChunk, fields, remembered, 100, 2);
        try {
            lazy.find(gateway, List.of(Rows.jane(), Rows.jane("lusha_id", "lusha-2")));
            assertThat(gateway.queries).as("2 rows: not read").isEmpty();

            MatchIndex read = lazy.find(gateway, List.of(Rows.jane(), Rows.jane("lusha_id", "lusha-2"), Rows.jane("lusha_id", "lusha-3")));
            lazy.find(gateway, List.of(Rows.jane()));

            assertThat(perChunkCalls).containsExactly("2 contacts");
            assertThat(gateway.queries).as("read once, at the 3-row lookup: one query per object").hasSize(3);
            assertThat(read.candidates(Rows.jane()).leadsByEmail()).extracting(ExistingRecord::id).containsExactly("00Q1");
        } finally {
            lazy.close();
        }
    }

    @Test
    void aWriteThroughAnotherSessionIsNotKept() {
        SalesforceGateway other = new RecordingGateway();
        lookup.find(gateway, List.of(Rows.jane()));

        lookup.written(other, "Lead", RecordWrite.of("k", Map.of("Email", "jane.doe@acme.com")),
                WriteResult.succeeded("k", "00Q7", true));

        assertThat(lookup.find(gateway, List.of(Rows.jane())).candidates(Rows.jane()).leadsByEmail()).isEmpty();
    }
}
