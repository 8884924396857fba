package com.revealsync.org.soap;

import static com.revealsync.org.soap.SoapOperationsTest.lead;
import static com.revealsync.org.soap.SoapOperationsTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.data.OrgDatabase;
import com.revealsync.org.data.validation.OrgRules;
import com.revealsync.org.testing.OrgClient;
import com.sforce.soap.partner.Error;
import com.sforce.soap.partner.LeadConvert;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.sobject.SObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each per-record status code the data layer produces arrives through WSC as the right
 * {@code StatusCode}, with Salesforce's message and fields, and a call with bad records still saves
 * the good ones.
 */
class SoapStatusCodesTest {

    private static OrgDatabase database;
    private static EmbeddedOrg org;
    private static PartnerConnection partner;

    @BeforeAll
    static void start() {
        database = OrgDatabase.inMemory();
        org = EmbeddedOrg.start(OrgSettings.inMemory(), database);
        partner = new OrgClient(org).partner();
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @AfterEach
    void clearRules() {
        database.rules().clear();
    }

    @Test
    void requiredFieldMissing() throws Exception {
        SObject noLastName = new SObject("Lead");
        noLastName.setField("Company", "Acme");
        assertError(create(noLastName), "REQUIRED_FIELD_MISSING", "Required fields are missing: [LastName]", "LastName");
    }

    @Test
    void invalidEmailAddress() throws Exception {
        SObject lead = lead("Smith", "Acme");
        lead.setField("Email", "a@b");
        assertError(create(lead), "INVALID_EMAIL_ADDRESS", "Email: invalid email address: a@b", "Email");
    }

    @Test
    void stringTooLong() throws Exception {
        String longName = "x".repeat(81);
        assertError(create(lead(longName, "Acme")), "STRING_TOO_LONG",
                "Last Name: data value too large: " + longName + " (max length=80)", "LastName");
    }

    @Test
    void valueNotOfRequiredType() throws Exception {
        SObject lead = lead("Smith", "Acme");
        lead.setField("NumberOfEmployees", "many");
        assertError(create(lead), "INVALID_TYPE_ON_FIELD_IN_RECORD", "Employees: value not of required type: many",
                "NumberOfEmployees");
    }

    @Test
    void badRestrictedPicklistValue() throws Exception {
        SObject lead = lead("Smith", "Acme");
        lead.setField("Status", "Test");
        assertError(create(lead), "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                "Status: bad value for restricted picklist field: Test", "Status");
    }

    @Test
    void numberOutsideValidRange() throws Exception {
        SObject lead = lead("Smith", "Acme");
        lead.setField("NumberOfEmployees", "123456789");
        assertError(create(lead), "NUMBER_OUTSIDE_VALID_RANGE",
                "Employees: value outside of valid range on numeric field: 123456789", "NumberOfEmployees");
    }

    @Test
    void malformedId() throws Exception {
        SObject contact = contact("Doe");
        contact.setField("AccountId", "xyz");
        assertError(create(contact), "MALFORMED_ID", "Account ID: id value of incorrect type: xyz", "AccountId");
    }

    @Test
    void invalidCrossReferenceKey() throws Exception {
        SObject contact = contact("Doe");
        contact.setField("AccountId", "001000000000000AAA");
        Error error = create(contact).getErrors()[0];
        assertThat(error.getStatusCode().name()).isEqualTo("INVALID_CROSS_REFERENCE_KEY");
        assertThat(error.getMessage()).isEqualTo("invalid cross reference id");
    }

    @Test
    void unknownField() throws Exception {
        SObject lead = lead("Smith", "Acme");
        lead.setField("Foo__c", "bar");
        assertError(create(lead), "INVALID_FIELD", "No such column 'Foo__c' on sobject of type Lead", "Foo__c");
    }

    @Test
    void entityIsDeleted() throws Exception {
        String id = ok(create(lead("Gone", "Acme")));
        partner.delete(new String[] {id});
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Title", "x");
        assertError(partner.update(new SObject[] {change})[0], "ENTITY_IS_DELETED", "entity is deleted");
    }

    @Test
    void cannotUpdateAConvertedLead() throws Exception {
        String id = ok(create(lead("Converted", "Acme")));
        LeadConvert convert = new LeadConvert();
        convert.setLeadId(id);
        convert.setConvertedStatus("Closed - Converted");
        convert.setDoNotCreateOpportunity(true);
        assertThat(partner.convertLead(new LeadConvert[] {convert})[0].isSuccess()).isTrue();
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Title", "x");
        assertError(partner.update(new SObject[] {change})[0], "CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead");
    }

    @Test
    void duplicateValueOnAUniqueField() throws Exception {
        String lushaId = "L-" + UUID.randomUUID();
        SObject first = lead("One", "Acme");
        first.setField("Lusha_Id__c", lushaId);
        String firstId = ok(create(first));
        SObject second = lead("Two", "Acme");
        second.setField("Lusha_Id__c", lushaId);
        assertError(create(second), "DUPLICATE_VALUE",
                "duplicate value found: Lusha_Id__c duplicates value on record with id: " + firstId, "Lusha_Id__c");
    }

    @Test
    void customValidationRule() throws Exception {
        database.rules().addValidationRule(new OrgRules.ValidationRule("Lead", "NoTestCompanies",
                r -> "Test Co".equalsIgnoreCase(r.text("Company")), "Company must be a real company", "Company"));
        assertError(create(lead("Smith", "Test Co")), "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Company must be a real company",
                "Company");
    }

    @Test
    void duplicatesDetectedArrivesAsADuplicateError() throws Exception {
        String email = UUID.randomUUID() + "@dupes.example";
        database.rules().addDuplicateRule(new OrgRules.DuplicateRule("Lead", List.of("Email")));
        SObject first = lead("First", "Acme");
        first.setField("Email", email);
        ok(create(first));
        SObject second = lead("Second", "Acme");
        second.setField("Email", email);
        SaveResult result = create(second);
        assertError(result, "DUPLICATES_DETECTED", "Use one of these records?");
        assertThat(result.getErrors()[0]).isInstanceOf(com.sforce.soap.partner.DuplicateError.class);
    }

    @Test
    void aCallWithBadRecordsSavesTheGoodOnesInOrder() throws Exception {
        SObject bad = new SObject("Lead");
        bad.setField("Company", "Acme");
        SaveResult[] results = partner.create(new SObject[] {lead("Good1", "Acme"), bad, lead("Good2", "Acme")});
        assertThat(results).extracting(SaveResult::isSuccess).containsExactly(true, false, true);
        assertThat(results[1].getId()).isNull();
        assertThat(partner.retrieve("LastName", "Lead", new String[] {results[0].getId(), results[2].getId()}))
                .extracting(r -> r.getField("LastName")).containsExactly("Good1", "Good2");
    }

    @Test
    void allOrNoneRollsTheGoodRecordsBack() throws Exception {
        PartnerConnection allOrNone = new OrgClient(org).partner();
        allOrNone.setAllOrNoneHeader(true);
        SObject bad = new SObject("Lead");
        bad.setField("Company", "Acme");
        SaveResult[] results = allOrNone.create(new SObject[] {lead("Rolled Back", "AllOrNone Co"), bad});
        assertThat(results).extracting(SaveResult::isSuccess).containsExactly(false, false);
        assertThat(results[0].getErrors()[0].getStatusCode().name()).isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(results[1].getErrors()[0].getStatusCode().name()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(partner.query("SELECT COUNT() FROM Lead WHERE Company = 'AllOrNone Co'").getSize()).isZero();
    }

    @Test
    void fieldTruncationCutsLongTextInsteadOfFailing() throws Exception {
        PartnerConnection truncating = new OrgClient(org).partner();
        truncating.setAllowFieldTruncationHeader(true);
        String id = ok(truncating.create(new SObject[] {lead("y".repeat(90), "Truncation Co")})[0]);
        assertThat(partner.retrieve("LastName", "Lead", new String[] {id})[0].getField("LastName")).isEqualTo("y".repeat(80));
    }

    /**
     * The codes whose texts salesforce-wire.md does not list: whatever the data layer answers for a
     * record must reach the WSC caller unchanged, so each is compared with the facade's own answer.
     */
    @Test
    void otherCodesArriveExactlyAsTheDataLayerGivesThem() throws Exception {
        String leadId = ok(create(lead("Existing", "Acme")));
        SObject readOnly = lead("Smith", "Acme");
        readOnly.setField("Name", "Jo Smith");
        SObject idOnInsert = lead("Smith", "Acme");
        idOnInsert.setField("Id", leadId);
        SObject wrongParent = contact("Doe");
        wrongParent.setField("AccountId", leadId);
        SObject user = new SObject("User");
        user.setField("LastName", "New");

        assertSameAsFacade("create", readOnly, "INVALID_FIELD_FOR_INSERT_UPDATE");
        assertSameAsFacade("create", idOnInsert, "INVALID_FIELD_FOR_INSERT_UPDATE");
        assertSameAsFacade("create", wrongParent, "FIELD_INTEGRITY_EXCEPTION");
        assertSameAsFacade("create", user, "INVALID_TYPE_FOR_OPERATION");
        SObject noId = new SObject("Lead");
        noId.setField("Title", "x");
        assertSameAsFacade("update", noId, "MISSING_ARGUMENT");
        SObject badId = new SObject("Lead");
        badId.setId("not-an-id");
        badId.setField("Title", "x");
        assertSameAsFacade("update", badId, "MALFORMED_ID");
    }

    @Test
    void theSameIdTwiceInOneUpdateIsADuplicateValue() throws Exception {
        String id = ok(create(lead("Twice", "Acme")));
        SObject a = new SObject("Lead");
        a.setId(id);
        a.setField("Title", "a");
        SObject b = new SObject("Lead");
        b.setId(id);
        b.setField("Title", "b");
        SaveResult[] results = partner.update(new SObject[] {a, b});
        assertThat(results).extracting(SaveResult::isSuccess).contains(false);
        assertThat(java.util.Arrays.stream(results).filter(r -> !r.isSuccess()).findFirst().orElseThrow().getErrors()[0]
                .getMessage()).isEqualTo("Duplicate id in list: " + id);
    }

    private static void assertSameAsFacade(String operation, SObject record, String code) throws Exception {
        SaveResult viaWsc = operation.equals("create") ? create(record) : partner.update(new SObject[] {record})[0];
        com.revealsync.org.data.RecordInput input = new com.revealsync.org.data.RecordInput(record.getType(), record.getId(),
                fields(record), null);
        com.revealsync.org.data.SaveResult direct = operation.equals("create")
                ? database.create(List.of(input)).get(0) : database.update(List.of(input)).get(0);
        assertThat(direct.success()).isFalse();
        assertThat(direct.errors().get(0).statusCode()).isEqualTo(code);
        assertError(viaWsc, code, direct.errors().get(0).message(), direct.errors().get(0).fields().toArray(String[]::new));
    }

    /** The record's values as the facade takes them: every field WSC would send, Id included. */
    private static java.util.Map<String, String> fields(SObject record) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        record.getChildren().forEachRemaining(child -> {
            String name = child.getName().getLocalPart();
            if (!name.equals("type") && !name.equals("fieldsToNull") && child.getValue() != null) {
                values.put(name, child.getValue().toString());
            }
        });
        return values;
    }

    private static SaveResult create(SObject record) throws Exception {
        return partner.create(new SObject[] {record})[0];
    }

    private static SObject contact(String lastName) {
        SObject contact = new SObject("Contact");
        contact.setField("LastName", lastName);
        return contact;
    }

    private static void assertError(SaveResult result, String code, String message, String... fields) {
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getErrors()).hasSize(1);
        Error error = result.getErrors()[0];
        assertThat(error.getStatusCode().name()).isEqualTo(code);
        assertThat(error.getMessage()).isEqualTo(message);
        assertThat(error.getFields()).containsExactly(fields);
    }
}
