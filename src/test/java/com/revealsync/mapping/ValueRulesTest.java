package com.revealsync.mapping;

import static com.revealsync.lusha.RecordType.Contact;
import static com.revealsync.lusha.RecordType.Lead;
import static com.revealsync.mapping.testing.Rows.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.ExistingRecord;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.match.MatchIndex;
import com.revealsync.mapping.testing.Rows;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Steps 3 to 6: type checks, Allow Override, predefined values, conditional rules, required fields, outcome. */
class ValueRulesTest {

    private static final String LEAD_ID = "00Q000000000001AAA";

    @ParameterizedTest(name = "{0} = ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            email_1                | jane@acme                 | WARN FIELD_TYPE_MISMATCH Email: invalid email address: jane@acme
            email_1                | JANE@Acme.com             | Email=JANE@Acme.com
            phone_1                | call me maybe             | WARN FIELD_TYPE_MISMATCH Phone: value not of required type: call me maybe
            phone_1                | +44  20 7946 0958         | Phone=+44 20 7946 0958
            company_website        | not a website             | WARN FIELD_TYPE_MISMATCH Website: value not of required type: not a website
            contact_linkedin_url   | linkedin.com/in/jane      | LinkedIn_URL__c=linkedin.com/in/jane
            contact_linkedin_url   | jane on linkedin          | WARN FIELD_TYPE_MISMATCH LinkedIn URL: value not of required type: jane on linkedin
            company_annual_revenue | 1,200,000                 | AnnualRevenue=1200000
            company_annual_revenue | $1M-$10M                  | WARN FIELD_TYPE_MISMATCH Annual Revenue: value not of required type: $1M-$10M
            company_annual_revenue | 1234567890123456789       | SKIP NUMBER_OUTSIDE_VALID_RANGE Annual Revenue: value outside of valid range on numeric field: 1234567890123456789
            company_industry       | Aerospace                 | Industry=Aerospace
            contact_country        | Israel                    | Country=Israel
            job_title              | %s                        | SKIP STRING_TOO_LONG Title: data value too large: %s (max length=128)
            last_name              | %s                        | SKIP STRING_TOO_LONG Last Name: data value too large: %s (max length=80)
            contact_city           | Llanfairpwllgwyngyllgogerychwyrndrobwll1234 | SKIP STRING_TOO_LONG City: data value too large: Llanfairpwllgwyngyllgogerychwyrndrobwll1234 (max length=40)
            """)
    void typeChecksOnANewLead(String field, String value, String expected) {
        String v = value.equals("%s") ? "x".repeat(field.equals("job_title") ? 129 : 81) : value;
        ExportPlan plan = Processors.routingExample().plan(Rows.jane(field, v), Lead, MatchCandidates.none());

        assertThat(outcome(plan, expected.contains("=") ? expected.substring(0, expected.indexOf('=')) : null))
                .isEqualTo(expected.replace("%s", v));
    }

    @ParameterizedTest(name = "Account NumberOfEmployees ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,200       | NumberOfEmployees=1200
            51-200      | WARN FIELD_TYPE_MISMATCH Employees: value not of required type: 51-200
            123,456,789 | SKIP NUMBER_OUTSIDE_VALID_RANGE Employees: value outside of valid range on numeric field: 123,456,789
            """)
    void typeChecksOnANewAccount(String employees, String expected) {
        RevealedContact jane = Rows.jane("company_number_of_employees", employees);
        ExportPlan plan = Processors.defaultProfile().plan(jane, Contact, MatchCandidates.none());

        String actual = plan instanceof ExportPlan.Write w && expected.contains("=")
                ? "NumberOfEmployees=" + w.account().values().get("NumberOfEmployees") : outcome(plan, null);
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "allowOverride {0}, Salesforce ''{1}'', Lusha ''{2}'' -> written {3}")
    @CsvSource(delimiter = '|', textBlock = """
            false | ''        | VP Sales | true
            false | CEO       | VP Sales | false
            true  | ''        | VP Sales | true
            true  | CEO       | VP Sales | true
            true  | VP Sales  | VP Sales | false
            true  | CEO       | ''       | false
            false | ''        | ''       | false
            """)
    void allowOverride(boolean allowOverride, String current, String lusha, boolean written) {
        MappingProcessor processor = leadsOnly("""
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                      - {lusha: Job title, salesforce: Title, allowOverride: %s}
                """.formatted(allowOverride));
        RevealedContact jane = Rows.jane("job_title", lusha);
        ExistingRecord lead = record(Lead, LEAD_ID, "Email", "jane.doe@acme.com", "Title", current, "LastName", "Doe",
                "Company", "Acme Corp", "Lusha_Id__c", "lusha-1");

        ExportPlan.Write plan = (ExportPlan.Write) processor.plan(jane, Lead, new MatchIndex().add(lead).candidates(jane));

        assertThat(plan.record().values().containsKey("Title")).isEqualTo(written);
        if (written) {
            assertThat(plan.record().values()).containsEntry("Title", lusha);
        }
        assertThat(plan.outcome()).isEqualTo(written ? ExportPlan.Outcome.UPDATED : ExportPlan.Outcome.UNCHANGED);
    }

    @ParameterizedTest(name = "{0}: Salesforce ''{1}'', Lusha ''{2}'' is the same value")
    @CsvSource(delimiter = '|', textBlock = """
            NumberOfEmployees | 1200.0         | 1,200
            AnnualRevenue     | 2.5E7          | 25,000,000
            Email             | JANE@ACME.COM  | jane@acme.com
            """)
    void anEqualValueIsNoChangeEvenUnderOverride(String field, String current, String lusha) {
        MappingProcessor processor = leadsOnly("""
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                      - {lusha: Number of Employees, salesforce: NumberOfEmployees, allowOverride: true}
                      - {lusha: Annual Revenue, salesforce: AnnualRevenue, allowOverride: true}
                      - {lusha: Email 1, salesforce: Email, allowOverride: true}
                """);
        String key = switch (field) {
            case "NumberOfEmployees" -> "company_number_of_employees";
            case "AnnualRevenue" -> "company_annual_revenue";
            default -> "email_1";
        };
        RevealedContact jane = Rows.jane(key, lusha, "company_number_of_employees", field.equals("NumberOfEmployees") ? lusha : "",
                "email_1", field.equals("Email") ? lusha : "", "company_annual_revenue", field.equals("AnnualRevenue") ? lusha : "");
        ExistingRecord lead = record(Lead, LEAD_ID, field, current, "LastName", "Doe", "Company", "Acme Corp", "Lusha_Id__c", "lusha-1");

        ExportPlan plan = processor.plan(jane, Lead, new MatchIndex().add(lead).remember("lusha-1", LEAD_ID).candidates(jane));

        assertThat(plan.outcome()).isEqualTo(ExportPlan.Outcome.UNCHANGED);
    }

    @ParameterizedTest(name = "{0}, LeadSource ''{1}'', allowOverride {2} -> written {3}")
    @CsvSource(delimiter = '|', textBlock = """
            create | ''    | false | true
            update | ''    | false | true
            update | Web   | false | false
            update | Web   | true  | true
            update | Lusha | true  | false
            """)
    void predefinedValues(String action, String current, boolean allowOverride, boolean written) {
        MappingProcessor processor = leadsOnly("""
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                    predefined:
                      - {salesforce: LeadSource, value: Lusha, allowOverride: %s}
                """.formatted(allowOverride));
        RevealedContact jane = Rows.jane();
        MatchCandidates found = action.equals("create") ? MatchCandidates.none() : new MatchIndex()
                .add(record(Lead, LEAD_ID, "Email", "jane.doe@acme.com", "LeadSource", current, "Lusha_Id__c", "lusha-1",
                        "LastName", "Doe", "Company", "Acme Corp"))
                .candidates(jane);

        ExportPlan.Write plan = (ExportPlan.Write) processor.plan(jane, Lead, found);

        assertThat(plan.record().action()).isEqualTo(action.equals("create") ? WriteAction.CREATE
                : written ? WriteAction.UPDATE : WriteAction.NONE);
        assertThat(plan.record().values().get("LeadSource")).isEqualTo(written ? "Lusha" : null);
    }

    @ParameterizedTest(name = "{0} -> Status {1}, Rating {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            new Lead with Email 1 and a direct Phone 1                | Working - Contacted | Warm
            new Lead with a mobile Phone 1                            | Working - Contacted | Hot
            new Lead, Phone 1 type other                              | Working - Contacted | -
            new Lead, mobile type but no Phone 1                      | Working - Contacted | -
            new Lead without Email 1                                  | -                   | Warm
            new Lead with an invalid Email 1                          | -                   | Warm
            existing Lead already holding an email                    | -                   | -
            existing Lead without email: Email 1 enriched             | Working - Contacted | -
            existing Lead without email or rating, mobile Phone 1     | Working - Contacted | Hot
            """)
    void conditionalRules(String situation, String status, String rating) {
        String[] row = switch (situation) {
            case "new Lead with a mobile Phone 1", "existing Lead without email or rating, mobile Phone 1" -> new String[] {"phone_1_type", "mobile"};
            case "new Lead, Phone 1 type other" -> new String[] {"phone_1_type", "other"};
            case "new Lead, mobile type but no Phone 1" -> new String[] {"phone_1_type", "mobile", "phone_1", ""};
            case "new Lead without Email 1" -> new String[] {"email_1", ""};
            case "new Lead with an invalid Email 1" -> new String[] {"email_1", "jane at acme"};
            default -> new String[0];
        };
        RevealedContact jane = Rows.jane(row);
        MatchCandidates found = MatchCandidates.none();
        if (situation.startsWith("existing")) {
            List<String> fields = new ArrayList<>(List.of("Lusha_Id__c", "lusha-1", "Status", "Open - Not Contacted",
                    "Phone", "+1 415-555-0100", "LastName", "Doe"));
            if (situation.contains("already holding")) {
                fields.addAll(List.of("Email", "jane.doe@acme.com"));
            }
            if (!situation.contains("or rating")) {
                fields.addAll(List.of("Rating", "Cold"));
            }
            found = new MatchIndex().add(record(Lead, LEAD_ID, fields.toArray(String[]::new))).candidates(jane);
        }

        ExportPlan.Write plan = (ExportPlan.Write) Processors.routingExample().plan(jane, Lead, found);

        assertThat(plan.record().values().get("Status")).isEqualTo(status);
        assertThat(plan.record().values().get("Rating")).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0} without {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Lead    | last_name              | Required fields are missing: [LastName]
            Lead    | company_name           | Required fields are missing: [Company]
            Lead    | last_name,company_name | Required fields are missing: [LastName, Company]
            Contact | last_name              | Required fields are missing: [LastName]
            """)
    void requiredFieldsOfACreate(RecordType type, String missing, String message) {
        List<String> overrides = new ArrayList<>();
        for (String f : missing.split(",")) {
            overrides.add(f);
            overrides.add("");
        }
        RevealedContact row = Rows.jane(overrides.toArray(String[]::new));

        ExportPlan.Skip skip = (ExportPlan.Skip) Processors.defaultProfile().plan(row, type, MatchCandidates.none());

        assertThat(skip.code()).isEqualTo(ExportCode.REQUIRED_FIELD_MISSING);
        assertThat(skip.message()).isEqualTo(message);
        assertThat(skip.fields()).containsExactly(message.substring(message.indexOf('[') + 1, message.length() - 1).split(", "));
        assertThat(skip.recordType()).isEqualTo(type);
    }

    @Test
    void anUpdateNeedsNoRequiredFields() {
        RevealedContact noName = Rows.jane("last_name", "", "company_name", "");
        ExportPlan plan = Processors.defaultProfile().plan(noName, Lead,
                new MatchIndex().add(record(Lead, LEAD_ID, "Email", "jane.doe@acme.com")).candidates(noName));

        assertThat(plan.outcome()).isEqualTo(ExportPlan.Outcome.UPDATED);
    }

    @Test
    void aNewLeadCarriesTheDefaultMappingTheLushaIdAndLeadSource() {
        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile().plan(Rows.jane(), Lead, MatchCandidates.none());

        assertThat(plan.record().values()).containsExactly(Map.entry("Email", "jane.doe@acme.com"),
                Map.entry("Phone", "+1 415-555-0100"), Map.entry("Title", "VP Sales"), Map.entry("Company", "Acme Corp"),
                Map.entry("Website", "https://www.acme.com"), Map.entry("LastName", "Doe"), Map.entry("FirstName", "Jane"),
                Map.entry("LeadSource", "Lusha"), Map.entry("Lusha_Id__c", "lusha-1"));
        assertThat(plan.record().upsertKey()).isEqualTo("Lusha_Id__c");
        assertThat(plan.account()).isNull();
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.outcome()).isEqualTo(ExportPlan.Outcome.CREATED);
    }

    @Test
    void withoutLushaIdFieldsInTheOrgNothingIsUpserted() {
        var describes = com.revealsync.mapping.testing.Describes.standard();
        describes.put(Lead, com.revealsync.mapping.testing.Describes.without(describes.get(Lead), "Lusha_Id__c"));
        MappingProcessor processor = MappingProcessor.compile(Processors.profile(Processors.defaultYaml()), describes);

        ExportPlan.Write plan = (ExportPlan.Write) processor.plan(Rows.jane(), Lead, MatchCandidates.none());

        assertThat(plan.record().values()).doesNotContainKey("Lusha_Id__c");
        assertThat(plan.record().upsertKey()).isNull();
        assertThat(processor.fieldsToRead(Lead)).doesNotContain("Lusha_Id__c");
    }

    @ParameterizedTest(name = "existing Lusha_Id__c ''{0}'' -> written ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ''        | lusha-1
            lusha-1   | -
            lusha-old | -
            """)
    void anUpdateFillsAnEmptyLushaIdOnly(String current, String written) {
        RevealedContact jane = Rows.jane();
        ExistingRecord lead = record(Lead, LEAD_ID, "Email", "jane.doe@acme.com", "Lusha_Id__c", current);

        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile().plan(jane, Lead, new MatchIndex().add(lead).candidates(jane));

        assertThat(plan.record().values().get("Lusha_Id__c")).isEqualTo(written);
        assertThat(plan.record().upsertKey()).isNull();
    }

    @Test
    void anExistingLeadHoldingEverythingIsUnchanged() {
        RevealedContact jane = Rows.jane();
        ExistingRecord lead = record(Lead, LEAD_ID, "Email", "jane.doe@acme.com", "Phone", "+1 (415) 555-0100",
                "Title", "CEO", "Company", "Acme", "Website", "acme.com", "LastName", "Doe", "FirstName", "J.",
                "LeadSource", "Web", "Lusha_Id__c", "lusha-1");

        ExportPlan.Write plan = (ExportPlan.Write) Processors.defaultProfile().plan(jane, Lead, new MatchIndex().add(lead).candidates(jane));

        assertThat(plan.record().action()).isEqualTo(WriteAction.NONE);
        assertThat(plan.record().values()).isEmpty();
        assertThat(plan.outcome()).isEqualTo(ExportPlan.Outcome.UNCHANGED);
    }

    @Test
    void theLookupReadsExactlyWhatThePlanNeeds() {
        MappingProcessor processor = Processors.routingExample();

        assertThat(processor.fieldsToRead(Lead)).containsExactly("Id", "Email", "Phone", "Title", "Company", "Website",
                "LastName", "FirstName", "LinkedIn_URL__c", "Country", "City", "Industry", "AnnualRevenue", "LeadSource",
                "Status", "Rating", "Lusha_Id__c", "IsConverted", "ConvertedContactId");
        assertThat(processor.fieldsToRead(Contact)).containsExactly("Id", "Email", "Phone", "Title", "LastName", "FirstName",
                "Department", "LinkedIn_URL__c", "MailingCountry", "MailingCity", "Lusha_Id__c", "AccountId");
        assertThat(processor.fieldsToRead(RecordType.Account)).containsExactly("Id", "Name", "Website", "Description",
                "NumberOfEmployees", "LinkedIn_URL__c", "BillingCountry", "BillingCity", "Industry", "AnnualRevenue",
                "Lusha_Company_Id__c");
    }

    @Test
    void aProfileThatDoesNotFitTheOrgIsRefusedAtCompileTime() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Processors.compile("""
                mappings:
                  Lead:
                    fields:
                      - {lusha: Job title, salesforce: NumberOfEmployees}
                """)).isInstanceOf(com.revealsync.mapping.validation.ProfileInvalidException.class)
                .hasMessageContaining("test.yml:4: Lead: Job title -> NumberOfEmployees: type mismatch");
    }

    @Test
    void compilingThroughADescribeSourceReportsAnObjectTheOrgLacks() {
        var noAccount = com.revealsync.mapping.testing.Describes.standard();
        noAccount.remove(RecordType.Account);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MappingProcessor.compile(
                        Processors.profile(Processors.defaultYaml()), com.revealsync.mapping.testing.Describes.source(noAccount)))
                .isInstanceOf(com.revealsync.mapping.validation.ProfileInvalidException.class)
                .hasMessageContaining("test.yml: Account: cannot describe Account");
        assertThat(MappingProcessor.compile(Processors.profile(Processors.defaultYaml()),
                com.revealsync.mapping.testing.Describes.source()).fieldsToRead(Lead)).contains("Email");
    }

    /** A profile for Leads alone (so that Contact and Account need no mapping). */
    private static MappingProcessor leadsOnly(String leadSection) {
        return Processors.compile("accountExportPreferences: {allowedRecordTypes: [Lead]}\n" + leadSection);
    }

    /** WARN code message / SKIP code message / field=value, for one field of a new Lead. */
    private static String outcome(ExportPlan plan, String field) {
        if (plan instanceof ExportPlan.Skip s) {
            return "SKIP " + s.code() + " " + s.message();
        }
        ExportPlan.Write w = (ExportPlan.Write) plan;
        if (!w.warnings().isEmpty()) {
            Warning warning = w.warnings().get(0);
            assertThat(w.record().values()).doesNotContainKey(warning.field());
            return "WARN " + warning.code() + " " + warning.message();
        }
        Object v = w.record().values().get(field);
        return field + "=" + (v instanceof BigDecimal bd ? bd.toPlainString() : v);
    }
}
