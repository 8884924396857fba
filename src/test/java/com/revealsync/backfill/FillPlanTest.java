package com.revealsync.backfill;

import static com.revealsync.backfill.BackfillFixtures.defaultProfile;
import static com.revealsync.backfill.BackfillFixtures.shippedMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.testing.Describes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped field map, and how --fields and --object are checked against it and the org. */
class FillPlanTest {

    static final List<String> ALL = List.of("linkedin_url", "website", "country", "city", "industry", "annual_revenue");

    @Test
    void theShippedFieldMapFillsEverySixFieldsOnTheStandardObjects() {
        List<ObjectFill> fills = FillPlan.resolve(shippedMap(), ALL, null, Describes.source(), defaultProfile());

        assertThat(fills).extracting(ObjectFill::type).containsExactly(RecordType.Lead, RecordType.Contact, RecordType.Account);
        assertThat(fills.get(0).targetNames())
                .containsExactly("LinkedIn_URL__c", "Website", "Country", "City", "Industry", "AnnualRevenue");
        assertThat(fills.get(1).targetNames()).containsExactly("LinkedIn_URL__c", "MailingCountry", "MailingCity");
        assertThat(fills.get(2).targetNames())
                .containsExactly("LinkedIn_URL__c", "Website", "BillingCountry", "BillingCity", "Industry", "AnnualRevenue");
        assertThat(fills.get(2).fields()).extracting(f -> f.lusha().key()).contains("company_linkedin_url", "company_country");
        assertThat(fills).flatExtracting(ObjectFill::fields).noneMatch(FillField::allowOverride);
    }

    @Test
    void theObjectsToFillAreDescribedTogetherBeforeOneByOne() {
        List<String> asked = new ArrayList<>();

        FillPlan.resolve(shippedMap(), ALL, null, Describes.recording(Describes.source(), asked), defaultProfile());
        FillPlan.resolve(shippedMap(), List.of("city"), RecordType.Contact, Describes.recording(Describes.source(), asked),
                defaultProfile());

        assertThat(asked).containsExactly("prefetch [Lead, Contact, Account]", "describe Lead", "describe Contact",
                "describe Account", "prefetch [Contact]", "describe Contact");
    }

    @Test
    void theQueryFindsRecordsLackingAnyFieldAndLeavesConvertedLeadsOut() {
        ObjectFill lead = FillPlan.resolve(shippedMap(), List.of("country", "city"), RecordType.Lead, Describes.source(),
                defaultProfile()).get(0);

        assertThat(lead.lacking()).isEqualTo("IsConverted = false AND (Country = null OR City = null)");
        assertThat(lead.fieldsToRead()).containsExactly("Id", "Country", "City", "Lusha_Id__c", "Email");
    }

    @Test
    void fieldNamesAreCheckedAgainstTheMap() {
        assertThat(FillPlan.fieldNames(shippedMap(), List.of(" LinkedIn_URL", "city"))).containsExactly("linkedin_url", "city");
        assertThatThrownBy(() -> FillPlan.fieldNames(shippedMap(), List.of("linkedin", "city")))
                .isInstanceOf(UserError.class)
                .hasMessage("unknown field(s) in --fields: linkedin; the fields are annual_revenue, city, country, industry,"
                        + " linkedin_url, website");
        assertThatThrownBy(() -> FillPlan.fieldNames(List.of(), List.of("city")))
                .hasMessageContaining("no backfill fields are configured");
    }

    @Test
    void aFieldWithNoTargetOnTheChosenObjectIsRefused() {
        assertThatThrownBy(() -> FillPlan.resolve(shippedMap(), List.of("website", "industry"), RecordType.Contact,
                Describes.source(), defaultProfile()))
                .isInstanceOf(UserError.class).hasMessageStartingWith("none of website, industry has a Contact field");
    }

    @Test
    void everyTargetTheOrgLacksOrCannotUpdateIsReportedBeforeAnythingIsRead() {
        var describes = Describes.standard();
        describes.put(RecordType.Lead, Describes.without(describes.get(RecordType.Lead), "LinkedIn_URL__c"));
        describes.put(RecordType.Account, Describes.with(describes.get(RecordType.Account),
                com.revealsync.mapping.testing.Fields.text("BillingCity", "Billing City", 40)));
        describes.put(RecordType.Contact, Describes.with(describes.get(RecordType.Contact),
                com.revealsync.mapping.testing.Fields.of("MailingCity", com.revealsync.salesforce.metadata.SalesforceFieldType.STRING)
                        .length(40).notUpdateable().build()));

        assertThatThrownBy(() -> FillPlan.resolve(shippedMap(), List.of("linkedin_url", "city"), null,
                Describes.source(Map.copyOf(describes)), defaultProfile()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("linkedin_url on Lead: Lead has no field LinkedIn_URL__c")
                .hasMessageContaining("city on Contact: MailingCity is not updateable")
                .hasMessageNotContaining("Account");
    }
}
