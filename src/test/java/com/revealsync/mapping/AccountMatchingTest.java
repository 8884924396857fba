package com.revealsync.mapping;

import static com.revealsync.lusha.RecordType.Account;
import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.mapping.testing.Fields;
import com.revealsync.mapping.testing.Rows;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Step 2 for a Contact's Account: each tier, the creation toggle, and Contacts that have an Account already. */
class AccountMatchingTest {

    private static final ExistingRecord BY_COMPANY_ID = record(Account, "001000000000001AAA", "Name", "Acme Inc",
            "Lusha_Company_Id__c", "c-42");
    private static final ExistingRecord SAME_DOMAIN_AND_NAME = record(Account, "001000000000003AAA", "Name", "ACME  corp",
            "Website", "acme.com");
    private static final ExistingRecord SAME_DOMAIN = record(Account, "001000000000002AAA", "Name", "Acme Europe",
            "Website", "http://www.acme.com/eu");
    private static final ExistingRecord SAME_NAME = record(Account, "001000000000004AAA", "Name", "Acme Corp",
            "Website", "acme-corp.net");
    private static final ExistingRecord UNRELATED = record(Account, "001000000000005AAA", "Name", "Globex", "Website", "globex.com");

    static List<Arguments> tiers() {
        return List.of(
                Arguments.of("Lusha company id first", List.of(SAME_NAME, SAME_DOMAIN_AND_NAME, BY_COMPANY_ID), "001000000000001AAA"),
                Arguments.of("then website domain and name", List.of(SAME_NAME, SAME_DOMAIN, SAME_DOMAIN_AND_NAME), "001000000000003AAA"),
                Arguments.of("then website domain", List.of(SAME_NAME, SAME_DOMAIN), "001000000000002AAA"),
                Arguments.of("then exact name, ignoring case and blanks", List.of(SAME_NAME, UNRELATED), "001000000000004AAA"),
                Arguments.of("nothing: a new Account", List.of(UNRELATED), "new company_id:c-42"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tiers")
    void matchesTheAccount(String title, List<ExistingRecord> accounts, String expected) {
        RevealedContact jane = Rows.jane();
        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().addAll(accounts).candidates(jane));

        AccountWrite account = plan.account();
        assertThat(account.ref() instanceof AccountRef.Existing e ? e.id() : "new " + ((AccountRef.New) account.ref()).companyKey())
                .isEqualTo(expected);
        assertThat(account.link()).isTrue();
    }

    @ParameterizedTest(name = "company id {0}, website {1}, name {2} -> key {3}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            c-42 | https://www.acme.com | Acme Corp | company_id:c-42
            ''   | https://WWW.Acme.com | Acme Corp | domain:acme.com
            ''   | ''                   | Acme  CORP | name:acme corp
            """)
    void contactsOfOneNewCompanyShareOneAccountKey(String companyId, String website, String name, String key) {
        MappingProcessor processor = Processors.defaultProfile();
        RevealedContact jane = Rows.jane("company_id", companyId, "company_website", website, "company_name", name);
        RevealedContact john = Rows.jane("lusha_id", "lusha-2", "first_name", "John", "email_1", "john@acme.com",
                "company_id", companyId, "company_website", website, "company_name", name);

        ExportPlan.Write a = (ExportPlan.Write) processor.plan(jane, Contact, new MatchIndex().candidates(jane));
        ExportPlan.Write b = (ExportPlan.Write) processor.plan(john, Contact, new MatchIndex().candidates(john));

        assertThat(a.account().ref()).isEqualTo(new AccountRef.New(key)).isEqualTo(b.account().ref());
        assertThat(a.account().action()).isEqualTo(WriteAction.CREATE);
    }

    @Test
    void aNewAccountCarriesTheAccountMappingAndTheLushaCompanyId() {
        RevealedContact jane = Rows.jane();
        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile().plan(jane, Contact, new MatchIndex().candidates(jane));

        assertThat(plan.account().values()).containsExactly(Map.entry("Name", "Acme Corp"),
                Map.entry("Website", "https://www.acme.com"), Map.entry("Description", "Makes anvils"),
                Map.entry("NumberOfEmployees", 1200), Map.entry("Lusha_Company_Id__c", "c-42"));
        assertThat(plan.account().upsertKey()).isEqualTo("Lusha_Company_Id__c");
        assertThat(plan.record().values()).doesNotContainKey("AccountId");
    }

    @ParameterizedTest(name = "Account creation {0}, Account allowed {1} -> {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            true  | true  | CREATE
            false | true  | SKIP ACCOUNT_NOT_FOUND no Account matches 'Acme Corp' and Account creation is off: contacts go only to existing Accounts
            true  | false | SKIP ACCOUNT_NOT_FOUND no Account matches 'Acme Corp' and Account creation is off: contacts go only to existing Accounts
            """)
    void accountCreationToggle(boolean creation, boolean accountAllowed, String expected) {
        MappingProcessor processor = Processors.defaultWith(accountAllowed ? "Lead, Contact, Account" : "Lead, Contact", creation);
        RevealedContact jane = Rows.jane();

        ExportPlan plan = processor.plan(jane, Contact, new MatchIndex().add(UNRELATED).candidates(jane));

        assertThat(plan instanceof ExportPlan.Skip s ? "SKIP " + s.code() + " " + s.message()
                : ((ExportPlan.Write) plan).account().action().name()).isEqualTo(expected);
    }

    @Test
    void withCreationOffAMatchedAccountIsStillUsed() {
        RevealedContact jane = Rows.jane();
        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultWith("Lead, Contact, Account", false)
                .plan(jane, Contact, new MatchIndex().add(SAME_DOMAIN).candidates(jane));

        assertThat(plan.account().ref()).isEqualTo(new AccountRef.Existing("001000000000002AAA"));
        assertThat(plan.account().action()).isEqualTo(WriteAction.UPDATE);
        assertThat(plan.account().values()).containsOnlyKeys("Description", "NumberOfEmployees", "Lusha_Company_Id__c");
    }

    @Test
    void withoutAccountAllowedAMatchedAccountIsLinkedButNeverWritten() {
        RevealedContact jane = Rows.jane();
        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultWith("Lead, Contact", true)
                .plan(jane, Contact, new MatchIndex().add(SAME_DOMAIN).candidates(jane));

        assertThat(plan.account()).isEqualTo(new AccountWrite(new AccountRef.Existing("001000000000002AAA"),
                WriteAction.NONE, Map.of(), true, null));
        assertThat(plan.outcome()).isEqualTo(ExportPlan.Outcome.CREATED);
    }

    @Test
    void anUpdateOfTheAccountHoldingTheContactsCompanyIdGoesByThatUniqueExternalId() {
        RevealedContact jane = Rows.jane();
        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().add(BY_COMPANY_ID).candidates(jane));

        assertThat(plan.account().ref()).isEqualTo(new AccountRef.Existing("001000000000001AAA"));
        assertThat(plan.account().action()).isEqualTo(WriteAction.UPDATE);
        assertThat(plan.account().upsertKey()).isEqualTo("Lusha_Company_Id__c");
        assertThat(plan.account().values()).containsEntry("Lusha_Company_Id__c", "c-42").containsKey("Description");
    }

    @Test
    void anUpdateGoesByTheAccountIdWhereTheCompanyIdIsNotAUniqueExternalIdOrNotTheAccounts() {
        RevealedContact jane = Rows.jane();
        Map<RecordType, SObjectDescribe> notUnique = new EnumMap<>(Describes.standard());
        notUnique.put(Account, Describes.with(Describes.account(),
                Fields.of("Lusha_Company_Id__c", SalesforceFieldType.STRING).length(64).build()));
        MappingProcessor plainField = MappingProcessor.compile(Processors.profile(Processors.defaultYaml()), notUnique);
        // matched by its name, but holding another company's id
        ExistingRecord otherCompany = record(Account, "001000000000006AAA", "Name", "Acme Corp", "Lusha_Company_Id__c", "c-7");

        ExportPlan.Write notUniqueField = (ExportPlan.Write) plainField
                .plan(jane, Contact, new MatchIndex().add(BY_COMPANY_ID).candidates(jane));
        ExportPlan.Write filledByThisRow = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().add(SAME_DOMAIN).candidates(jane));
        ExportPlan.Write anotherCompanys = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().add(otherCompany).candidates(jane));

        assertThat(List.of(notUniqueField, filledByThisRow)).allSatisfy(p -> {
            assertThat(p.account().action()).isEqualTo(WriteAction.UPDATE);
            assertThat(p.account().upsertKey()).isNull();
        });
        assertThat(notUniqueField.account().values()).doesNotContainKey("Lusha_Company_Id__c");
        assertThat(filledByThisRow.account().values()).containsEntry("Lusha_Company_Id__c", "c-42");
        assertThat(anotherCompanys.account().ref()).isEqualTo(new AccountRef.Existing("001000000000006AAA"));
        assertThat(anotherCompanys.account().action()).isEqualTo(WriteAction.UPDATE);
        assertThat(anotherCompanys.account().upsertKey()).isNull();
    }

    @Test
    void anExistingContactKeepsItsAccountAndIsNeverMoved() {
        RevealedContact jane = Rows.jane();
        ExistingRecord contact = record(Contact, "003000000000001AAA", "Email", "jane.doe@acme.com", "LastName", "Doe",
                "FirstName", "Jane", "Title", "VP Sales", "Phone", "+1 415-555-0100", "Department", "Sales",
                "Lusha_Id__c", "lusha-1", "AccountId", "001000000000009AAA");
        ExistingRecord itsAccount = record(Account, "001000000000009AAA", "Name", "Acme Corp", "Website", "acme.com",
                "Description", "Makes anvils", "NumberOfEmployees", "1200", "Lusha_Company_Id__c", "c-42");

        ExportPlan.Write unchanged = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().addAll(List.of(contact, itsAccount, BY_COMPANY_ID)).candidates(jane));
        ExportPlan.Write notRead = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().addAll(List.of(contact, SAME_DOMAIN)).candidates(jane));

        assertThat(unchanged.account().ref()).isEqualTo(new AccountRef.Existing("001000000000009AAA"));
        assertThat(unchanged.account().link()).isFalse();
        assertThat(unchanged.outcome()).isEqualTo(ExportPlan.Outcome.UNCHANGED);
        assertThat(unchanged.record().action()).isEqualTo(WriteAction.NONE);
        assertThat(unchanged.account().action()).isEqualTo(WriteAction.NONE);
        assertThat(notRead.account()).isEqualTo(new AccountWrite(new AccountRef.Existing("001000000000009AAA"),
                WriteAction.NONE, Map.of(), false, null));
    }

    @Test
    void anExistingContactWithoutAnAccountIsAttachedToTheMatchedOne() {
        RevealedContact jane = Rows.jane();
        ExistingRecord contact = record(Contact, "003000000000001AAA", "Email", "jane.doe@acme.com", "LastName", "Doe",
                "FirstName", "Jane", "Title", "VP Sales", "Phone", "+1 415-555-0100", "Department", "Sales",
                "Lusha_Id__c", "lusha-1");
        ExistingRecord account = record(Account, "001000000000001AAA", "Name", "Acme Corp", "Website", "acme.com",
                "Description", "Makes anvils", "NumberOfEmployees", "1,200", "Lusha_Company_Id__c", "c-42");

        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile()
                .plan(jane, Contact, new MatchIndex().addAll(List.of(contact, account)).candidates(jane));

        assertThat(plan.record().action()).isEqualTo(WriteAction.UPDATE);
        assertThat(plan.record().values()).isEmpty();
        assertThat(plan.account()).isEqualTo(new AccountWrite(new AccountRef.Existing("001000000000001AAA"),
                WriteAction.NONE, Map.of(), true, null));
        assertThat(plan.outcome()).isEqualTo(ExportPlan.Outcome.UPDATED);
    }

    @Test
    void aContactNamingNoCompanyIsRefusedEitherWay() {
        RevealedContact loner = Rows.jane("company_id", "", "company_name", "", "company_website", "",
                "company_description", "", "company_number_of_employees", "");

        ExportPlan.Skip creating = (ExportPlan.Skip) Processors.defaultProfile().plan(loner, Contact, new MatchIndex().candidates(loner));
        ExportPlan.Skip notCreating = (ExportPlan.Skip) Processors.defaultWith("Lead, Contact, Account", false)
                .plan(loner, Contact, new MatchIndex().candidates(loner));

        assertThat(creating.code()).isEqualTo(ExportCode.REQUIRED_FIELD_MISSING);
        assertThat(creating.message()).isEqualTo("Account: Required fields are missing: [Name]");
        assertThat(notCreating.code()).isEqualTo(ExportCode.ACCOUNT_NOT_FOUND);
        assertThat(notCreating.message()).isEqualTo("the contact names no company, and Account creation is off");
    }
}
