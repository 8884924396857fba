package com.revealsync.backfill;

import static com.revealsync.backfill.BackfillFixtures.data;
import static com.revealsync.backfill.BackfillFixtures.defaultProfile;
import static com.revealsync.backfill.BackfillFixtures.fill;
import static com.revealsync.backfill.BackfillFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.testing.Rows;
import com.revealsync.run.Outcome;
import com.revealsync.run.RowWarning;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which fields the backfill writes on one record, and the outcome, given the Lusha data found. */
class BackfillPlannerTest {

    static final String LINKEDIN = "https://www.linkedin.com/in/jane-doe";

    ObjectFill leadFill = fill(RecordType.Lead, defaultProfile(), "linkedin_url", "country", "city");

    @Test
    void onlyTheEmptyFieldsAreWrittenAndAFilledOneIsKeptWithoutAllowOverride() {
        OrgRecord lead = record(RecordType.Lead, "00Q1", "City", "Lyon", "Country", null);
        var jane = Rows.jane("contact_linkedin_url", LINKEDIN, "contact_country", "France", "contact_city", "Paris");

        RecordPlan plan = BackfillPlanner.plan(lead, data(jane), leadFill);

        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(plan.values()).isEqualTo(Map.of("LinkedIn_URL__c", LINKEDIN, "Country", "France"));
        assertThat(plan.changes()).extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LinkedIn_URL__c", null, LINKEDIN),
                        org.assertj.core.groups.Tuple.tuple("Country", null, "France"));
    }

    @Test
    void allowOverrideInTheProfileReplacesAFilledValueButNeverWritesTheSameValueAgain() {
        var profile = new ProfileLoader().parse("override.yml", """
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                      - {lusha: Contact City, salesforce: City, allowOverride: true}
                      - {lusha: Contact Country, salesforce: Country, allowOverride: true}
                accountExportPreferences: {allowedRecordTypes: [Lead], accountCreation: false}
                """);
        ObjectFill overriding = fill(RecordType.Lead, profile, "country", "city");
        OrgRecord lead = record(RecordType.Lead, "00Q1", "City", "Lyon", "Country", "France");
        var jane = Rows.jane("contact_country", "France", "contact_city", "Paris");

        RecordPlan plan = BackfillPlanner.plan(lead, data(jane), overriding);

        assertThat(plan.values()).isEqualTo(Map.of("City", "Paris"));
        assertThat(plan.changes()).singleElement().satisfies(c -> assertThat(c.oldValue()).isEqualTo("Lyon"));
    }

    @Test
    void eachFieldTakesTheNewestRowThatHasAValue() {
        OrgRecord lead = record(RecordType.Lead, "00Q1");
        var newest = Rows.jane("contact_city", "Berlin");
        var older = Rows.jane("contact_country", "Germany", "contact_city", "Bonn", "contact_linkedin_url", LINKEDIN);

        RecordPlan plan = BackfillPlanner.plan(lead, data(newest, older), leadFill);

        assertThat(plan.values()).containsEntry("City", "Berlin").containsEntry("Country", "Germany")
                .containsEntry("LinkedIn_URL__c", LINKEDIN);
    }

    @Test
    void aValueThatFailsItsCheckIsLeftOutWithAWarningAndTheOthersGo() {
        OrgRecord lead = record(RecordType.Lead, "00Q1");
        var jane = Rows.jane("contact_linkedin_url", "not a url", "contact_city", "C".repeat(41), "contact_country", "Spain");

        RecordPlan plan = BackfillPlanner.plan(lead, data(jane), leadFill);

        assertThat(plan.outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(plan.values()).isEqualTo(Map.of("Country", "Spain"));
        assertThat(plan.warnings()).extracting(RowWarning::code, RowWarning::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FIELD_TYPE_MISMATCH", "LinkedIn_URL__c"),
                org.assertj.core.groups.Tuple.tuple("STRING_TOO_LONG", "City"));
    }

    @Test
    void aRecordWhoseEveryValueIsRefusedIsSkippedWithTheFirstRefusal() {
        OrgRecord lead = record(RecordType.Lead, "00Q1", "Country", "Spain", "City", "Madrid");
        var jane = Rows.jane("contact_linkedin_url", "linkedin dot com slash jane");

        RecordPlan plan = BackfillPlanner.plan(lead, data(jane), leadFill);

        assertThat(plan.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(plan.code()).isEqualTo("FIELD_TYPE_MISMATCH");
        assertThat(plan.message()).isEqualTo("LinkedIn URL: value not of required type: linkedin dot com slash jane");
        assertThat(plan.fields()).containsExactly("LinkedIn_URL__c");
    }

    @Test
    void withoutLushaDataOrValuesTheRecordIsUnchangedAndSaysWhatStaysEmpty() {
        OrgRecord lead = record(RecordType.Lead, "00Q1", "City", "Madrid");

        RecordPlan noData = BackfillPlanner.plan(lead, null, leadFill);
        RecordPlan noValue = BackfillPlanner.plan(lead, data(Rows.jane()), leadFill);

        assertThat(noData.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(noData.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("NO_LUSHA_DATA");
            assertThat(w.message()).endsWith("still empty: LinkedIn_URL__c, Country");
        });
        assertThat(noValue.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(noValue.warnings()).extracting(RowWarning::code).containsExactly("NO_LUSHA_VALUE");
    }

    @Test
    void numbersAndPicklistsAreConvertedForAccountsAsTheMappingConvertsThem() {
        ObjectFill accountFill = fill(RecordType.Account, defaultProfile(), "annual_revenue", "industry");
        OrgRecord account = record(RecordType.Account, "001A", "AnnualRevenue", "1200000");
        var acme = Rows.jane("company_annual_revenue", "1,200,000", "company_industry", "Retail");

        RecordPlan plan = BackfillPlanner.plan(account, data(acme), accountFill);

        assertThat(plan.values()).isEqualTo(Map.of("Industry", "Retail"));
        RecordPlan empty = BackfillPlanner.plan(record(RecordType.Account, "001B"), data(acme), accountFill);
        assertThat(empty.values()).containsEntry("AnnualRevenue", new BigDecimal("1200000"));
    }
}
