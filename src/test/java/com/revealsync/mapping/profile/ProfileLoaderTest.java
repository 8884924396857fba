package com.revealsync.mapping.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileLoaderTest {

    private final ProfileLoader loader = new ProfileLoader();

    @Test
    void defaultProfileIsTheSeedsDefaultMapping() {
        MappingProfile profile = loader.load(Path.of("jobs/mapping/default.yml"));

        assertThat(pairs(profile, RecordType.Lead)).containsExactly(
                "Email 1->Email", "Phone 1->Phone", "Job title->Title", "Company Name->Company",
                "Website->Website", "Last Name->LastName", "First Name->FirstName");
        assertThat(pairs(profile, RecordType.Contact)).containsExactly(
                "Email 1->Email", "Phone 1->Phone", "Job title->Title", "Last Name->LastName",
                "First Name->FirstName", "Departments->Department");
        assertThat(pairs(profile, RecordType.Account)).containsExactly(
                "Company Name->Name", "Website->Website", "Description->Description",
                "Number of Employees->NumberOfEmployees");
        assertThat(profile.records().values()).flatMap(RecordMapping::fields)
                .noneMatch(FieldMapping::allowOverride);
        assertThat(profile.mapping(RecordType.Lead).predefined())
                .extracting(PredefinedValue::salesforceField, PredefinedValue::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LeadSource", "Lusha"));
        assertThat(profile.mapping(RecordType.Contact).predefined()).isEmpty();
        assertThat(profile.records().values()).flatMap(RecordMapping::rules).isEmpty();
        assertThat(profile.accountPreferences().allowedRecordTypes()).isEqualTo(EnumSet.allOf(RecordType.class));
        assertThat(profile.accountPreferences().accountCreation()).isTrue();
        assertThat(profile.source()).isEqualTo(Path.of("jobs/mapping/default.yml").toString());
    }

    @Test
    void routingExampleHasConditionalRulesAndTheBackfillFields() {
        MappingProfile profile = loader.load(Path.of("jobs/mapping/routing-example.yml"));

        List<ConditionalRule> rules = profile.mapping(RecordType.Lead).rules();
        assertThat(rules).extracting(ConditionalRule::describeCondition, ConditionalRule::salesforceField, ConditionalRule::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Email 1 is enriched", "Status", "Working - Contacted"),
                        org.assertj.core.groups.Tuple.tuple("Phone 1 type is mobile", "Rating", "Hot"));
        assertThat(pairs(profile, RecordType.Lead)).contains("Contact LinkedIn URL->LinkedIn_URL__c",
                "Contact Country->Country", "Contact City->City", "Industry->Industry", "Annual Revenue->AnnualRevenue");
        assertThat(pairs(profile, RecordType.Contact)).contains("Contact LinkedIn URL->LinkedIn_URL__c",
                "Contact Country->MailingCountry", "Contact City->MailingCity");
        assertThat(pairs(profile, RecordType.Account)).contains("Company LinkedIn URL->LinkedIn_URL__c",
                "Company Country->BillingCountry", "Company City->BillingCity", "Industry->Industry",
                "Annual Revenue->AnnualRevenue");
    }

    @Test
    void lushaFieldsAreNamedByKeyOrDisplayNameInAnyCase() {
        MappingProfile profile = loader.parse("p.yml", """
                mappings:
                  Lead:
                    fields:
                      - {lusha: email_1, salesforce: Email, allowOverride: true}
                      - {lusha: "JOB TITLE", salesforce: Title}
                """);
        assertThat(profile.mapping(RecordType.Lead).fields())
                .extracting(FieldMapping::lusha, FieldMapping::allowOverride, FieldMapping::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LushaField.EMAIL_1, true, 4),
                        org.assertj.core.groups.Tuple.tuple(LushaField.JOB_TITLE, false, 5));
        assertThat(profile.accountPreferences()).isEqualTo(AccountExportPreferences.defaults());
    }

    static List<Arguments> badProfiles() {
        return List.of(
                Arguments.of("unknown key", """
                        mappings:
                          Lead:
                            fields:
                              - lusha: Email 1
                                salesforce: Email
                                allowOverrid: true
                        """, "p.yml:6:", "unknown key 'allowOverrid'", "expected one of: allowOverride, lusha, salesforce"),
                Arguments.of("unknown top-level key", """
                        mapping:
                          Lead: {}
                        """, "p.yml:1:", "unknown key 'mapping'", "accountExportPreferences, mappings"),
                Arguments.of("unknown Lusha field", """
                        mappings:
                          Lead:
                            fields:
                              - lusha: Email 1
                                salesforce: Email
                              - lusha: Emial 3
                                salesforce: Email
                        """, "p.yml:6:", "unknown Lusha field 'Emial 3'", "fields[2].lusha"),
                Arguments.of("unknown record type", """
                        mappings:
                          Lead: {}
                          Opportunity:
                            fields: []
                        """, "p.yml:3:", "unknown record type 'Opportunity'", "Lead, Contact, Account"),
                Arguments.of("bad allowed record type", """
                        mappings:
                          Lead: {}
                        accountExportPreferences:
                          allowedRecordTypes: [Lead, Case]
                        """, "p.yml:4:", "unknown record type 'Case'", "allowedRecordTypes"),
                Arguments.of("field mapping without a Salesforce field", """
                        mappings:
                          Contact:
                            fields:
                              - lusha: Email 1
                        """, "p.yml:4: Contact:", "needs both 'lusha' and 'salesforce'", ""),
                Arguments.of("predefined value without a value", """
                        mappings:
                          Lead:
                            predefined:
                              - salesforce: LeadSource
                        """, "p.yml:4: Lead:", "needs both 'salesforce' and 'value'", ""),
                Arguments.of("rule on a field other than Email 1 and Phone 1", """
                        mappings:
                          Lead:
                            conditional:
                              - {when: Job title, is: enriched, set: Status, to: Open}
                        """, "p.yml:4: Lead:", "on Email 1 or Phone 1, not on Job title", ""),
                Arguments.of("rule with an unknown condition", """
                        mappings:
                          Lead:
                            conditional:
                              - {when: Phone 1, is: landline, set: Rating, to: Hot}
                        """, "p.yml:4: Lead:", "'is: landline' is not a condition on Phone 1", "mobile, direct, other"),
                Arguments.of("rule on Account", """
                        mappings:
                          Account:
                            conditional:
                              - {when: Email 1, is: enriched, set: Rating, to: Hot}
                        """, "p.yml:4: Account:", "apply to Lead and Contact only", ""),
                Arguments.of("duplicate record type", """
                        mappings:
                          Lead: {}
                          Lead: {}
                        """, "p.yml:3:", "Duplicate", "Lead"),
                Arguments.of("no allowed record type", """
                        mappings:
                          Lead: {}
                        accountExportPreferences:
                          allowedRecordTypes: []
                        """, "p.yml:", "allowedRecordTypes is empty", ""),
                Arguments.of("not a mapping", """
                        - just
                        - a list
                        """, "p.yml:1:", "", ""),
                Arguments.of("YAML syntax error", """
                        mappings:
                          Lead:
                            fields: [
                        """, "p.yml:", "not valid YAML", ""),
                Arguments.of("a list where one value belongs", """
                        mappings:
                          Lead:
                            fields:
                              - lusha: Email 1
                                salesforce: [Email, Phone]
                        """, "p.yml:5:", "expected a single value here", "fields[1].salesforce"),
                Arguments.of("allowOverride not a boolean", """
                        mappings:
                          Lead:
                            fields:
                              - {lusha: Email 1, salesforce: Email, allowOverride: maybe}
                        """, "p.yml:4:", "expected true or false", "allowOverride"),
                Arguments.of("an empty entry", """
                        mappings:
                          Lead:
                            fields:
                              -
                        """, "p.yml: Lead:", "an empty entry under 'fields'", ""),
                Arguments.of("no mappings", """
                        accountExportPreferences:
                          accountCreation: false
                        """, "p.yml:", "'mappings' is missing", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badProfilesAreRefusedNamingFileLineAndWhat(String title, String yaml, String where, String what, String detail) {
        assertThatThrownBy(() -> loader.parse("p.yml", yaml))
                .isInstanceOf(ProfileException.class)
                .hasMessageStartingWith(where)
                .hasMessageContaining(what)
                .hasMessageContaining(detail)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("com.revealsync", "tools.jackson"));
    }

    @Test
    void everyEntryProblemIsListed() {
        ProfileException e = org.junit.jupiter.api.Assertions.assertThrows(ProfileException.class, () -> loader.parse("p.yml", """
                mappings:
                  Lead:
                    fields:
                      - lusha: Email 1
                      - salesforce: Phone
                """));
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> loader.load(Path.of("jobs/mapping/nope.yml")))
                .isInstanceOf(ProfileException.class)
                .hasMessage(Path.of("jobs/mapping/nope.yml") + ": no such file");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> loader.parse("p.yml", "# nothing\n"))
                .isInstanceOf(ProfileException.class).hasMessage("p.yml: the file is empty");
    }

    private static List<String> pairs(MappingProfile profile, RecordType type) {
        return profile.mapping(type).fields().stream()
                .map(f -> f.lusha().displayName() + "->" + f.salesforceField()).toList();
    }
}
