package com.revealsync.mapping.match;

import static com.revealsync.lusha.RecordType.Account;
import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.testing.Rows;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A chunk's lookup results, handed out per contact by the keys matching uses. */
class MatchIndexTest {

    private final ExistingRecord leadByLushaId = record(Lead, "00Q1", "Lusha_Id__c", "lusha-1");
    private final ExistingRecord leadByEmail = record(Lead, "00Q2", "Email", " JANE.DOE@acme.com ");
    private final ExistingRecord leadBySecondEmail = record(Lead, "00Q3", "Email", "jane@home.org");
    private final ExistingRecord converted = record(Lead, "00Q4", "Email", "jane.doe@acme.com", "IsConverted", "true",
            "ConvertedContactId", "0037");
    private final ExistingRecord convertedTo = record(Contact, "0037", "Email", "jd@other.com");
    private final ExistingRecord contactByEmail = record(Contact, "0031", "Email", "jane.doe@acme.com");
    private final ExistingRecord otherContact = record(Contact, "0039", "Email", "john@acme.com");
    private final ExistingRecord accountById = record(Account, "0011", "Lusha_Company_Id__c", "c-42", "Name", "X");
    private final ExistingRecord accountByDomain = record(Account, "0012", "Website", "https://www.ACME.com/about", "Name", "Y");
    private final ExistingRecord accountByName = record(Account, "0013", "Name", "  acme   CORP", "Website", "acme.net");

    @Test
    void handsEachContactItsCandidatesTierByTier() {
        MatchIndex index = new MatchIndex().addAll(List.of(leadByLushaId, leadByEmail, leadBySecondEmail, converted,
                convertedTo, contactByEmail, otherContact, accountById, accountByDomain, accountByName));
        RevealedContact jane = Rows.jane("email_2", "Jane@Home.org");

        MatchCandidates c = index.candidates(jane);

        assertThat(c.byLushaId()).containsExactly(leadByLushaId);
        assertThat(c.contactsByEmail()).containsExactly(contactByEmail);
        assertThat(c.leadsByEmail()).containsExactly(leadByEmail, converted, leadBySecondEmail);
        assertThat(c.convertedContacts()).containsExactly(convertedTo);
        assertThat(c.accountsByCompanyId()).containsExactly(accountById);
        assertThat(c.accountsByDomain()).containsExactly(accountByDomain);
        assertThat(c.accountsByName()).containsExactly(accountByName);
    }

    @Test
    void theAppDatabasesMemoryJoinsTheLushaIdTier() {
        MatchIndex index = new MatchIndex().add(contactByEmail).add(leadByLushaId).remember("lusha-1", "0031")
                .remember("lusha-1", "0099-not-fetched");

        assertThat(index.candidates(Rows.jane()).byLushaId()).containsExactly(contactByEmail, leadByLushaId);
    }

    @Test
    void aRecordFoundByTwoQueriesCountsOnce() {
        MatchIndex index = new MatchIndex().add(contactByEmail).add(record(Contact, "0031", "Email", "jane.doe@acme.com"));

        assertThat(index.candidates(Rows.jane()).contactsByEmail()).hasSize(1);
    }

    @ParameterizedTest(name = "website {0}, name {1} -> domain {2}, name {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://www.Acme.com/about | '  Acme   Corp ' | acme.com     | acme corp
            acme.co.uk                 | ACME           | acme.co.uk   | acme
            http://shop.acme.com:8080  | -              | shop.acme.com | -
            not a url                  | -              | -            | -
            """)
    void keysAreNormalised(String website, String name, String domain, String normalisedName) {
        MatchKeys keys = MatchKeys.of(Rows.jane("company_website", website, "company_name", name == null ? "" : name,
                "email_1", "Jane.Doe@Acme.com", "email_2", "jane.doe@acme.com"));

        assertThat(keys.domain()).isEqualTo(domain);
        assertThat(keys.companyName()).isEqualTo(normalisedName);
        assertThat(keys.emails()).containsExactly("jane.doe@acme.com");
        assertThat(keys.lushaId()).isEqualTo("lusha-1");
        assertThat(keys.companyId()).isEqualTo("c-42");
    }
}
