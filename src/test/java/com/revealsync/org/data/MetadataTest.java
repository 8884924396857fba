package com.revealsync.org.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataTest {

    private final OrgDatabase org = OrgDatabase.inMemory();

    @AfterEach
    void close() {
        org.close();
    }

    private FieldSchema field(String object, String name) {
        return org.describe(object).field(name).orElseThrow(() -> new AssertionError(object + "." + name + " missing"));
    }

    /** object, field, type, soapType, length, precision, scale, digits, nillable, createable, updateable, defaulted, label. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lead    | Id                  | id        | tns:ID       | 18    | 0  | 0 | 0 | false | false | false | true  | Lead ID
            Lead    | LastName            | string    | xsd:string   | 80    | 0  | 0 | 0 | false | true  | true  | false | Last Name
            Lead    | FirstName           | string    | xsd:string   | 40    | 0  | 0 | 0 | true  | true  | true  | false | First Name
            Lead    | Company             | string    | xsd:string   | 255   | 0  | 0 | 0 | false | true  | true  | false | Company
            Lead    | Title               | string    | xsd:string   | 128   | 0  | 0 | 0 | true  | true  | true  | false | Title
            Lead    | Email               | email     | xsd:string   | 80    | 0  | 0 | 0 | true  | true  | true  | false | Email
            Lead    | Phone               | phone     | xsd:string   | 40    | 0  | 0 | 0 | true  | true  | true  | false | Phone
            Lead    | Website             | url       | xsd:string   | 255   | 0  | 0 | 0 | true  | true  | true  | false | Website
            Lead    | Description         | textarea  | xsd:string   | 32000 | 0  | 0 | 0 | true  | true  | true  | false | Description
            Lead    | AnnualRevenue       | currency  | xsd:double   | 0     | 18 | 0 | 0 | true  | true  | true  | false | Annual Revenue
            Lead    | NumberOfEmployees   | int       | xsd:int      | 0     | 0  | 0 | 8 | true  | true  | true  | false | Employees
            Lead    | Status              | picklist  | xsd:string   | 255   | 0  | 0 | 0 | false | true  | true  | true  | Status
            Lead    | IsConverted         | boolean   | xsd:boolean  | 0     | 0  | 0 | 0 | false | true  | false | true  | Converted
            Lead    | ConvertedContactId  | reference | tns:ID       | 18    | 0  | 0 | 0 | true  | false | false | false | Converted Contact ID
            Lead    | ConvertedDate       | date      | xsd:date     | 0     | 0  | 0 | 0 | true  | false | false | false | Converted Date
            Lead    | CreatedDate         | datetime  | xsd:dateTime | 0     | 0  | 0 | 0 | false | false | false | true  | Created Date
            Lead    | Name                | string    | xsd:string   | 121   | 0  | 0 | 0 | false | false | false | false | Full Name
            Lead    | Lusha_Id__c         | string    | xsd:string   | 64    | 0  | 0 | 0 | true  | true  | true  | false | Lusha Id
            Lead    | LinkedIn_URL__c     | url       | xsd:string   | 255   | 0  | 0 | 0 | true  | true  | true  | false | LinkedIn URL
            Contact | AccountId           | reference | tns:ID       | 18    | 0  | 0 | 0 | true  | true  | true  | false | Account ID
            Contact | Department          | string    | xsd:string   | 80    | 0  | 0 | 0 | true  | true  | true  | false | Department
            Contact | MailingCountry      | string    | xsd:string   | 80    | 0  | 0 | 0 | true  | true  | true  | false | Mailing Country
            Account | Name                | string    | xsd:string   | 255   | 0  | 0 | 0 | false | true  | true  | false | Account Name
            Account | NumberOfEmployees   | int       | xsd:int      | 0     | 0  | 0 | 8 | true  | true  | true  | false | Employees
            Account | Lusha_Company_Id__c | string    | xsd:string   | 64    | 0  | 0 | 0 | true  | true  | true  | false | Lusha Company Id
            User    | Username            | string    | xsd:string   | 80    | 0  | 0 | 0 | false | true  | true  | false | Username
            """)
    void fieldsAreDescribedAsSalesforceDescribesThem(String object, String name, String type, String soapType, int length,
                                                     int precision, int scale, int digits, boolean nillable, boolean createable,
                                                     boolean updateable, boolean defaulted, String label) {
        FieldSchema f = field(object, name);

        assertThat(f.name()).isEqualTo(name);
        assertThat(f.type()).isEqualTo(type);
        assertThat(f.soapType()).isEqualTo(soapType);
        assertThat(f.length()).isEqualTo(length);
        assertThat(f.precision()).isEqualTo(precision);
        assertThat(f.scale()).isEqualTo(scale);
        assertThat(f.digits()).isEqualTo(digits);
        assertThat(f.nillable()).isEqualTo(nillable);
        assertThat(f.createable()).isEqualTo(createable);
        assertThat(f.updateable()).isEqualTo(updateable);
        assertThat(f.defaultedOnCreate()).isEqualTo(defaulted);
        assertThat(f.label()).isEqualTo(label);
        assertThat(f.byteLength()).isEqualTo(type.equals("id") || type.equals("reference") ? 18 : length * 3);
    }

    @Test
    void requiredOnCreateAreTheFieldsThePipelineChecks() {
        assertThat(org.describe("Lead").fields()).filteredOn(FieldSchema::requiredOnCreate).extracting(FieldSchema::name)
                .containsExactly("LastName", "Company");
        assertThat(org.describe("Contact").fields()).filteredOn(FieldSchema::requiredOnCreate).extracting(FieldSchema::name)
                .containsExactly("LastName");
        assertThat(org.describe("Account").fields()).filteredOn(FieldSchema::requiredOnCreate).extracting(FieldSchema::name)
                .containsExactly("Name");
    }

    @Test
    void customExternalIdFields() {
        for (String[] of : new String[][] {{"Lead", "Lusha_Id__c"}, {"Contact", "Lusha_Id__c"}, {"Account", "Lusha_Company_Id__c"}}) {
            FieldSchema f = field(of[0], of[1]);
            assertThat(f.custom()).isTrue();
            assertThat(f.externalId()).isTrue();
            assertThat(f.unique()).isTrue();
            assertThat(f.idLookup()).isTrue();
        }
        assertThat(field("Lead", "LastName").custom()).isFalse();
        assertThat(field("Lead", "Email").idLookup()).isTrue();
    }

    @Test
    void picklists() {
        FieldSchema status = field("Lead", "Status");
        assertThat(status.restrictedPicklist()).isTrue();
        assertThat(status.picklistValues()).extracting(PicklistValue::value).containsExactly(
                "Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted");
        assertThat(status.picklistValues()).filteredOn(PicklistValue::defaultValue).extracting(PicklistValue::value)
                .containsExactly("Open - Not Contacted");
        assertThat(field("Lead", "LeadSource").restrictedPicklist()).isFalse();
        assertThat(field("Lead", "LeadSource").picklistValues()).extracting(PicklistValue::value)
                .containsExactly("Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other");
        assertThat(field("Account", "Industry").restrictedPicklist()).isFalse();
        assertThat(field("Account", "Industry").picklistValues()).extracting(PicklistValue::value).contains("Technology", "Finance");
        assertThat(field("Lead", "Rating").picklistValues()).extracting(PicklistValue::value).containsExactly("Hot", "Warm", "Cold");
    }

    @Test
    void references() {
        FieldSchema accountId = field("Contact", "AccountId");
        assertThat(accountId.referenceTo()).containsExactly("Account");
        assertThat(accountId.relationshipName()).isEqualTo("Account");
        assertThat(field("Lead", "ConvertedContactId").referenceTo()).containsExactly("Contact");
        assertThat(field("Lead", "OwnerId").referenceTo()).containsExactly("User");
        assertThat(field("Lead", "OwnerId").relationshipName()).isEqualTo("Owner");
    }

    @Test
    void objects() {
        SObjectSchema lead = org.describe("LEAD");
        assertThat(List.of(lead.name(), lead.label(), lead.labelPlural(), lead.keyPrefix())).containsExactly("Lead", "Lead", "Leads", "00Q");
        assertThat(org.describe("Account").keyPrefix()).isEqualTo("001");
        assertThat(org.describe("Contact").keyPrefix()).isEqualTo("003");
        assertThat(org.describe("User").keyPrefix()).isEqualTo("005");
        assertThat(lead.fields().get(0).name()).isEqualTo("Id");
        assertThatThrownBy(() -> org.describe("Opportunity")).isInstanceOfSatisfying(OrgFault.class,
                f -> assertThat(f.exceptionCode()).isEqualTo("INVALID_TYPE"));
    }
}
