package com.revealsync.mapping;

import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Rows;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Step 2 for the contact's own record: each matching tier, and what wins when several could. */
class PersonMatchingTest {

    private static final String EMAIL = "jane.doe@acme.com";
    private static final ExistingRecord LEAD_BY_EMAIL = record(Lead, "00Q000000000002AAA", "Email", "Jane.Doe@ACME.com");
    private static final ExistingRecord LEAD_BY_LUSHA_ID = record(Lead, "00Q000000000001AAA", "Lusha_Id__c", "lusha-1",
            "Email", "old@acme.com");
    private static final ExistingRecord CONTACT_BY_EMAIL = record(Contact, "003000000000002AAA", "Email", EMAIL,
            "AccountId", "001000000000009AAA");
    private static final ExistingRecord CONTACT_BY_LUSHA_ID = record(Contact, "003000000000001AAA", "Lusha_Id__c", "lusha-1",
            "AccountId", "001000000000009AAA");
    private static final ExistingRecord CONVERTED_LEAD = record(Lead, "00Q000000000003AAA", "Email", EMAIL,
            "IsConverted", "true", "ConvertedContactId", "003000000000007AAA");
    private static final ExistingRecord ITS_CONTACT = record(Contact, "003000000000007AAA", "Email", "jane@elsewhere.com",
            "AccountId", "001000000000009AAA");
    private static final ExistingRecord OTHER_CONTACT = record(Contact, "003000000000009AAA", "Email", "someone@acme.com");

    static List<Arguments> tiers() {
        return List.of(
                // title, routed, records found, expected action, type, id, warning (or skip) code
                Arguments.of("nothing found: a new Lead", Lead, List.of(OTHER_CONTACT), "CREATE Lead null"),
                Arguments.of("nothing found: a new Contact", Contact, List.of(), "CREATE Contact null"),
                Arguments.of("Lead exported before, by the org's Lusha_Id__c", Lead, List.of(LEAD_BY_LUSHA_ID, LEAD_BY_EMAIL),
                        "UPDATE Lead 00Q000000000001AAA"),
                Arguments.of("Lead by email, ignoring case", Lead, List.of(LEAD_BY_EMAIL), "UPDATE Lead 00Q000000000002AAA"),
                Arguments.of("an existing Contact wins over a new Lead", Lead, List.of(CONTACT_BY_EMAIL, LEAD_BY_EMAIL),
                        "UPDATE Contact 003000000000002AAA"),
                Arguments.of("Contact exported before wins over everything", Lead, List.of(LEAD_BY_LUSHA_ID, CONTACT_BY_LUSHA_ID, CONTACT_BY_EMAIL),
                        "UPDATE Contact 003000000000001AAA"),
                Arguments.of("Lusha id tier before the email tier", Lead, List.of(LEAD_BY_LUSHA_ID, CONTACT_BY_EMAIL),
                        "UPDATE Lead 00Q000000000001AAA"),
                Arguments.of("Contact by email", Contact, List.of(CONTACT_BY_EMAIL), "UPDATE Contact 003000000000002AAA"),
                Arguments.of("routed Contact: an open Lead is left alone", Contact, List.of(LEAD_BY_EMAIL),
                        "CREATE Contact null LEAD_EXISTS"),
                Arguments.of("converted Lead: its Contact is updated instead", Lead, List.of(CONVERTED_LEAD, ITS_CONTACT),
                        "UPDATE Contact 003000000000007AAA"),
                Arguments.of("converted Lead, routed Contact: its Contact is updated", Contact, List.of(CONVERTED_LEAD, ITS_CONTACT),
                        "UPDATE Contact 003000000000007AAA"),
                Arguments.of("converted Lead whose Contact was not found: skipped", Lead, List.of(CONVERTED_LEAD),
                        "SKIP CANNOT_UPDATE_CONVERTED_LEAD"),
                Arguments.of("an open Lead wins over a converted one", Lead, List.of(CONVERTED_LEAD, LEAD_BY_EMAIL),
                        "UPDATE Lead 00Q000000000002AAA"),
                Arguments.of("two Contacts by email: the first by Id", Lead,
                        List.of(CONTACT_BY_EMAIL, record(Contact, "003000000000001ZZZ", "Email", EMAIL)),
                        "UPDATE Contact 003000000000001ZZZ DUPLICATE_MATCH"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tiers")
    void matches(String title, RecordType routed, List<ExistingRecord> found, String expected) {
        RevealedContact jane = Rows.jane();
        ExportPlan plan = Processors.defaultProfile().plan(jane, routed, new MatchIndex().addAll(found).candidates(jane));

        assertThat(summary(plan)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theAppDatabasesMemoryFindsARecordWithoutLushaIdField() {
        RevealedContact jane = Rows.jane("email_1", "jane@newjob.com");
        ExistingRecord exported = record(Lead, "00Q000000000005AAA", "Email", "jane.doe@acme.com");
        MatchIndex index = new MatchIndex().add(exported).remember("lusha-1", "00Q000000000005AAA");

        ExportPlan plan = Processors.defaultProfile().plan(jane, Lead, index.candidates(jane));

        assertThat(summary(plan)).isEqualTo("UPDATE Lead 00Q000000000005AAA");
    }

    @org.junit.jupiter.api.Test
    void aConvertedLeadIsSkippedWithSalesforcesOwnWords() {
        RevealedContact jane = Rows.jane();
        ExportPlan.Skip skip = (ExportPlan.Skip) Processors.defaultProfile()
                .plan(jane, Lead, new MatchIndex().add(CONVERTED_LEAD).candidates(jane));

        assertThat(skip.message()).isEqualTo("cannot reference converted lead: Lead 00Q000000000003AAA of this person was"
                + " converted to Contact 003000000000007AAA; converted Leads are never updated, and no second Lead is created");
        assertThat(skip.recordType()).isEqualTo(Lead);
    }

    static String summary(ExportPlan plan) {
        String codes = String.join(" ", plan.warnings().stream().map(w -> w.code().name()).toList());
        if (plan instanceof ExportPlan.Skip s) {
            return ("SKIP " + s.code() + " " + codes).strip();
        }
        RecordWrite r = ((ExportPlan.Write) plan).record();
        return (r.action() + " " + r.type() + " " + r.id() + " " + codes).strip();
    }
}
