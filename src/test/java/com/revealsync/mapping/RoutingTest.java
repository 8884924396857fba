package com.revealsync.mapping;

import static com.revealsync.lusha.RecordType.Contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Rows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Step 1: export_as or the job default, and the allowed record types. */
class RoutingTest {

    @ParameterizedTest(name = "export_as ''{0}'', job default {1}, allowed [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -       | Lead    | Lead, Contact, Account | CREATE Lead
            -       | Contact | Lead, Contact, Account | CREATE Contact
            Contact | Lead    | Lead, Contact, Account | CREATE Contact
            lead    | Contact | Lead, Contact, Account | CREATE Lead
            -       | Lead    | Contact, Account       | SKIP OBJECT_NOT_ALLOWED Lead is not allowed by the account export preferences (allowed: Contact, Account)
            Lead    | Contact | Contact, Account       | SKIP OBJECT_NOT_ALLOWED Lead is not allowed by the account export preferences (allowed: Contact, Account)
            Contact | Lead    | Lead                   | SKIP OBJECT_NOT_ALLOWED Contact is not allowed by the account export preferences (allowed: Lead)
            Account | Lead    | Lead, Contact, Account | SKIP OBJECT_NOT_ALLOWED export_as 'Account' is not Lead or Contact
            -       | Account | Lead, Contact, Account | SKIP OBJECT_NOT_ALLOWED a revealed contact is exported as a Lead or a Contact, not an Account
            """)
    void routes(String exportAs, RecordType jobDefault, String allowed, String expected) {
        MappingProcessor processor = Processors.defaultWith(allowed, true);
        ExportPlan plan = processor.plan(Rows.jane("export_as", exportAs == null ? "" : exportAs), jobDefault, MatchCandidates.none());

        assertThat(describe(plan)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "routed {0}, an existing Contact, allowed [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Lead | Lead, Contact, Account | UPDATE Contact
            Lead | Lead, Account          | SKIP OBJECT_NOT_ALLOWED this person is Contact 003000000000001AAA in Salesforce, and the account export preferences do not allow Contact (a second record is not created)
            """)
    void anExistingContactOfAnotherTypeNeedsItsTypeAllowed(RecordType routed, String allowed, String expected) {
        var contact = Rows.jane();
        var candidates = new MatchIndex()
                .add(Rows.record(Contact, "003000000000001AAA", "Email", "jane.doe@acme.com", "AccountId", "001000000000001AAA"))
                .candidates(contact);

        ExportPlan plan = Processors.defaultWith(allowed, true).plan(contact, routed, candidates);

        assertThat(describe(plan)).startsWith(expected);
    }

    static String describe(ExportPlan plan) {
        if (plan instanceof ExportPlan.Skip s) {
            return "SKIP " + s.code() + " " + s.message();
        }
        RecordWrite r = ((ExportPlan.Write) plan).record();
        return r.action() + " " + r.type();
    }
}
