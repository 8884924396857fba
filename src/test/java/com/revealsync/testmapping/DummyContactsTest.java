package com.revealsync.testmapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.ExportPlan;
import com.revealsync.mapping.MappingProcessor;
import com.revealsync.mapping.WriteAction;
import com.revealsync.mapping.match.MatchCandidates;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.profile.ProfileLoader;
import com.revealsync.mapping.testing.Describes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dummy contacts pass the mapped fields' checks, so the real processor plans clean creates. */
class DummyContactsTest {

    static MappingProfile profile(String yaml) {
        return new ProfileLoader().parse("test.yml", yaml);
    }

    @Test
    void theDefaultProfilesDummiesPlanAsCleanCreatesWithTheLeadSourceAndAnAccount() {
        MappingProfile profile = new ProfileLoader().load(Path.of("jobs", "mapping", "default.yml"));
        MappingProcessor processor = MappingProcessor.compile(profile, Describes.standard());
        DummyContacts dummies = DummyContacts.build(profile, Describes.standard(), "abc");

        ExportPlan lead = processor.plan(dummies.lead(), RecordType.Lead, MatchCandidates.none());
        ExportPlan contact = processor.plan(dummies.contact(), RecordType.Contact, MatchCandidates.none());

        assertThat(lead).isInstanceOfSatisfying(ExportPlan.Write.class, w -> {
            assertThat(w.warnings()).isEmpty();
            assertThat(w.record().action()).isEqualTo(WriteAction.CREATE);
            assertThat(w.record().values()).containsEntry("LeadSource", "Lusha")
                    .containsEntry("LastName", DummyValues.MARK).containsEntry("Company", DummyValues.MARK)
                    .containsEntry("Email", DummyValues.EMAIL).containsEntry("Lusha_Id__c", "reveal-sync-test-mapping-abc-lead")
                    .containsKeys("Phone", "Website", "Title", "FirstName");
        });
        assertThat(contact).isInstanceOfSatisfying(ExportPlan.Write.class, w -> {
            assertThat(w.warnings()).isEmpty();
            assertThat(w.record().values()).containsKeys("LastName", "Email", "Phone", "Title", "FirstName", "Department");
            assertThat(w.account().action()).isEqualTo(WriteAction.CREATE);
            assertThat(w.account().link()).isTrue();
            assertThat(w.account().values()).containsEntry("Name", DummyValues.MARK).containsEntry("NumberOfEmployees", 10)
                    .containsKeys("Website", "Description", "Lusha_Company_Id__c");
        });
    }

    @Test
    void aTextFieldMappedToARestrictedPicklistGetsOneOfItsValuesAndTypeRulesGetTheirType() {
        MappingProfile profile = profile("""
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                      - {lusha: Seniority, salesforce: Status}
                      - {lusha: Phone 1, salesforce: Phone}
                    conditional:
                      - {when: Phone 1, is: mobile, set: Rating, to: Hot}
                accountExportPreferences: {allowedRecordTypes: [Lead], accountCreation: false}
                """);
        DummyContacts dummies = DummyContacts.build(profile, Describes.standard(), "x");

        assertThat(dummies.lead().get(LushaField.SENIORITY)).isEqualTo("Open - Not Contacted");
        assertThat(dummies.lead().get(LushaField.PHONE_1_TYPE)).isEqualTo("mobile");
        ExportPlan plan = MappingProcessor.compile(profile, Describes.standard())
                .plan(dummies.lead(), RecordType.Lead, MatchCandidates.none());
        assertThat(((ExportPlan.Write) plan).record().values()).containsEntry("Status", "Open - Not Contacted")
                .containsEntry("Rating", "Hot");
    }

    @Test
    void valuesAreCutToTheShortestFieldTheyGoTo() {
        var city = com.revealsync.mapping.testing.Fields.text("City", "City", 10);
        assertThat(DummyValues.valueFor(LushaField.CONTACT_CITY, java.util.List.of(city))).isEqualTo("reveal-syn");
    }

    @Test
    void aPredefinedValueOutsideARestrictedPicklistIsTakenOutOfTheProfileAndSentAsItIs() {
        MappingProfile profile = profile("""
                mappings:
                  Lead:
                    fields:
                      - {lusha: Last Name, salesforce: LastName}
                      - {lusha: Company Name, salesforce: Company}
                    predefined:
                      - {salesforce: Status, value: Bogus}
                      - {salesforce: LeadSource, value: Lusha}
                accountExportPreferences: {allowedRecordTypes: [Lead], accountCreation: false}
                """);

        LenientProfile lenient = LenientProfile.of(profile, Describes.standard());

        assertThat(lenient.profile().mapping(RecordType.Lead).predefined()).extracting(p -> p.salesforceField())
                .containsExactly("LeadSource");
        assertThat(lenient.raw(RecordType.Lead)).isEqualTo(java.util.Map.of("Status", "Bogus"));
        assertThat(lenient.notes(RecordType.Lead)).singleElement().asString()
                .contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(MappingProcessor.compile(lenient.profile(), Describes.standard())).isNotNull();
    }
}
