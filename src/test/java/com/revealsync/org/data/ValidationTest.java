package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static com.revealsync.org.data.OrgTestSupport.record;
import static com.revealsync.org.data.OrgTestSupport.withId;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each per-record status code, with Salesforce's exact message and fields. */
class ValidationTest {

    private final OrgDatabase org = OrgDatabase.inMemory();

    @AfterEach
    void close() {
        org.close();
    }

    static Stream<Arguments> badCreates() {
        String tooLong = "x".repeat(81);
        return Stream.of(
                Arguments.of(record("Lead", "FirstName", "Jo"), "REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [LastName, Company]", List.of("LastName", "Company")),
                Arguments.of(record("Contact", "FirstName", "Jo"), "REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [LastName]", List.of("LastName")),
                Arguments.of(record("Account", "Website", "acme.com"), "REQUIRED_FIELD_MISSING",
                        "Required fields are missing: [Name]", List.of("Name")),
                Arguments.of(lead(tooLong, "Acme"), "STRING_TOO_LONG",
                        "Last Name: data value too large: " + tooLong + " (max length=80)", List.of("LastName")),
                Arguments.of(lead("Smith", "Acme", "Lusha_Id__c", "L".repeat(65)), "STRING_TOO_LONG",
                        "Lusha Id: data value too large: " + "L".repeat(65) + " (max length=64)", List.of("Lusha_Id__c")),
                Arguments.of(lead("Smith", "Acme", "Email", "a@b"), "INVALID_EMAIL_ADDRESS",
                        "Email: invalid email address: a@b", List.of("Email")),
                Arguments.of(lead("Smith", "Acme", "Email", "not an email"), "INVALID_EMAIL_ADDRESS",
                        "Email: invalid email address: not an email", List.of("Email")),
                Arguments.of(lead("Smith", "Acme", "NumberOfEmployees", "many"), "INVALID_TYPE_ON_FIELD_IN_RECORD",
                        "Employees: value not of required type: many", List.of("NumberOfEmployees")),
                Arguments.of(lead("Smith", "Acme", "NumberOfEmployees", "12.5"), "INVALID_TYPE_ON_FIELD_IN_RECORD",
                        "Employees: value not of required type: 12.5", List.of("NumberOfEmployees")),
                Arguments.of(lead("Smith", "Acme", "AnnualRevenue", "lots"), "INVALID_TYPE_ON_FIELD_IN_RECORD",
                        "Annual Revenue: value not of required type: lots", List.of("AnnualRevenue")),
                Arguments.of(lead("Smith", "Acme", "IsConverted", "maybe"), "INVALID_TYPE_ON_FIELD_IN_RECORD",
                        "Converted: value not of required type: maybe", List.of("IsConverted")),
                Arguments.of(lead("Smith", "Acme", "Status", "Test"), "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                        "Status: bad value for restricted picklist field: Test", List.of("Status")),
                Arguments.of(lead("Smith", "Acme", "NumberOfEmployees", "100000000"), "NUMBER_OUTSIDE_VALID_RANGE",
                        "Employees: value outside of valid range on numeric field: 100000000", List.of("NumberOfEmployees")),
                Arguments.of(lead("Smith", "Acme", "AnnualRevenue", "1e18"), "NUMBER_OUTSIDE_VALID_RANGE",
                        "Annual Revenue: value outside of valid range on numeric field: 1e18", List.of("AnnualRevenue")),
                Arguments.of(record("Contact", "LastName", "Doe", "AccountId", "NotReal"), "MALFORMED_ID",
                        "Account ID: id value of incorrect type: NotReal", List.of("AccountId")),
                Arguments.of(record("Contact", "LastName", "Doe", "AccountId", "00QRS0000000001"), "FIELD_INTEGRITY_EXCEPTION",
                        "Account ID: id value of incorrect type: 00QRS0000000001", List.of("AccountId")),
                Arguments.of(record("Contact", "LastName", "Doe", "AccountId", "001RS000000zzzz"), "INVALID_CROSS_REFERENCE_KEY",
                        "invalid cross reference id", List.of("AccountId")),
                Arguments.of(lead("Smith", "Acme", "Foo", "x"), "INVALID_FIELD",
                        "No such column 'Foo' on sobject of type Lead", List.of("Foo")),
                Arguments.of(lead("Smith", "Acme", "ConvertedDate", "2026-01-01"), "INVALID_FIELD_FOR_INSERT_UPDATE",
                        "Unable to create/update fields: ConvertedDate. Please check the security settings of this field and"
                                + " verify that it is read/write for your profile or permission set.", List.of("ConvertedDate")),
                Arguments.of(lead("Smith", "Acme", "Id", "00QRS0000000001"), "INVALID_FIELD_FOR_INSERT_UPDATE",
                        "cannot specify Id in an insert call", List.of("Id")));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badCreates")
    void createIsRefusedWithSalesforcesStatusCodeAndMessage(RecordInput input, String code, String message, List<String> fields) {
        SaveResult result = org.create(List.of(input)).get(0);

        assertThat(result.success()).isFalse();
        assertThat(result.id()).isNull();
        assertThat(result.errors()).singleElement().isEqualTo(new OrgError(code, message, fields));
    }

    @Test
    void goodRecordsOfACallAreSavedWhenOthersFail() {
        List<SaveResult> results = org.create(List.of(lead("Good", "Acme"), lead("", "Acme"), lead("Also good", "Acme")));

        assertThat(results).extracting(SaveResult::success).containsExactly(true, false, true);
        assertThat(org.query("SELECT COUNT() FROM Lead", 0).totalSize()).isEqualTo(2);
    }

    @Test
    void uniqueFieldRefusesASecondRecordWithTheSameValueCaseInsensitively() {
        String first = org.create(List.of(lead("Smith", "Acme", "Lusha_Id__c", "abc-1"))).get(0).id();

        SaveResult second = org.create(List.of(lead("Jones", "Acme", "Lusha_Id__c", "ABC-1"))).get(0);

        assertThat(second.errors()).singleElement().isEqualTo(new OrgError("DUPLICATE_VALUE",
                "duplicate value found: Lusha_Id__c duplicates value on record with id: " + first, List.of("Lusha_Id__c")));
    }

    @Test
    void updatingADeletedRecordGivesEntityIsDeleted() {
        String id = org.create(List.of(lead("Smith", "Acme"))).get(0).id();
        org.delete(List.of(id));

        SaveResult result = org.update(List.of(withId("Lead", id, "Title", "CEO"))).get(0);

        assertThat(result.errors()).singleElement().isEqualTo(new OrgError("ENTITY_IS_DELETED", "entity is deleted", List.of()));
    }

    @Test
    void convertedLeadCannotBeUpdated() {
        String id = org.create(List.of(lead("Smith", "Acme"))).get(0).id();
        assertThat(org.convertLead(List.of(LeadConvertRequest.of(id))).get(0).success()).isTrue();

        SaveResult result = org.update(List.of(withId("Lead", id, "Title", "CEO"))).get(0);

        assertThat(result.errors()).singleElement().isEqualTo(
                new OrgError("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead", List.of()));
    }

    @Test
    void restrictedPicklistAcceptsItsValuesAndUnrestrictedAcceptsAny() {
        List<SaveResult> results = org.create(List.of(
                lead("A", "Acme", "Status", "Working - Contacted", "LeadSource", "Lusha", "Industry", "Space Mining")));

        assertThat(results.get(0).success()).isTrue();
    }

    @Test
    void severalFieldErrorsOfOneRecordAreAllReported() {
        SaveResult result = org.create(List.of(record("Lead", "Email", "a@b", "NumberOfEmployees", "x"))).get(0);

        assertThat(result.errors()).extracting(OrgError::statusCode)
                .containsExactly("INVALID_EMAIL_ADDRESS", "INVALID_TYPE_ON_FIELD_IN_RECORD");
    }
}
