package com.revealsync.mapping.testing;

import static com.revealsync.salesforce.metadata.SalesforceFieldType.BOOLEAN;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.CURRENCY;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.EMAIL;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.ID;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.INT;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.PHONE;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.PICKLIST;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.REFERENCE;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.STRING;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.TEXTAREA;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.URL;

import com.revealsync.lusha.RecordType;
import com.revealsync.salesforce.metadata.DescribeSource;
import com.revealsync.salesforce.metadata.DescribeUnavailableException;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Inline describes of Lead, Contact and Account mirroring the standard fields listed in
 * {@code salesforce-wire.md}, with the embedded org's custom fields (Lusha_Id__c,
 * Lusha_Company_Id__c, LinkedIn_URL__c).
 */
public final class Describes {

    private Describes() {
    }

    public static SObjectDescribe lead() {
        return new SObjectDescribe("Lead", "Lead", List.of(
                Fields.of("Id", ID).label("Lead ID").length(18).readOnly().defaulted().build(),
                Fields.of("LastName", STRING).label("Last Name").length(80).required().build(),
                Fields.text("FirstName", "First Name", 40),
                Fields.of("Company", STRING).label("Company").length(255).required().build(),
                Fields.text("Title", "Title", 128),
                Fields.of("Email", EMAIL).label("Email").length(80).build(),
                Fields.of("Phone", PHONE).label("Phone").length(40).build(),
                Fields.of("MobilePhone", PHONE).label("Mobile Phone").length(40).build(),
                Fields.of("Website", URL).label("Website").length(255).build(),
                Fields.text("City", "City", 40),
                Fields.text("State", "State/Province", 80),
                Fields.text("Country", "Country", 80),
                Fields.of("Description", TEXTAREA).label("Description").length(32000).build(),
                Fields.of("AnnualRevenue", CURRENCY).label("Annual Revenue").number(18, 0).build(),
                Fields.of("NumberOfEmployees", INT).label("No. of Employees").digits(8).build(),
                Fields.of("LeadSource", PICKLIST).label("Lead Source").length(255)
                        .picklist("Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other").build(),
                Fields.of("Industry", PICKLIST).label("Industry").length(255)
                        .picklist("Banking", "Technology", "Retail").build(),
                Fields.of("Rating", PICKLIST).label("Rating").length(255).picklist("Hot", "Warm", "Cold").build(),
                Fields.of("Status", PICKLIST).label("Status").length(255).defaulted().restricted()
                        .picklist("Open - Not Contacted", "Working - Contacted", "Closed - Converted",
                                "Closed - Not Converted").build(),
                Fields.of("IsConverted", BOOLEAN).label("Converted").readOnly().defaulted().build(),
                Fields.of("ConvertedContactId", REFERENCE).label("Converted Contact ID").length(18)
                        .readOnly().references("Contact").build(),
                Fields.of("OwnerId", REFERENCE).label("Owner ID").length(18).defaulted().references("User").build(),
                Fields.of("Lusha_Id__c", STRING).label("Lusha ID").length(64).externalIdUnique().build(),
                Fields.of("LinkedIn_URL__c", URL).label("LinkedIn URL").length(255).build()));
    }

    public static SObjectDescribe contact() {
        return new SObjectDescribe("Contact", "Contact", List.of(
                Fields.of("Id", ID).label("Contact ID").length(18).readOnly().defaulted().build(),
                Fields.of("LastName", STRING).label("Last Name").length(80).required().build(),
                Fields.text("FirstName", "First Name", 40),
                Fields.of("Email", EMAIL).label("Email").length(80).build(),
                Fields.of("Phone", PHONE).label("Business Phone").length(40).build(),
                Fields.of("MobilePhone", PHONE).label("Mobile Phone").length(40).build(),
                Fields.text("Title", "Title", 128),
                Fields.text("Department", "Department", 80),
                Fields.of("AccountId", REFERENCE).label("Account ID").length(18).references("Account").build(),
                Fields.text("MailingCity", "Mailing City", 40),
                Fields.text("MailingCountry", "Mailing Country", 80),
                Fields.of("Description", TEXTAREA).label("Contact Description").length(32000).build(),
                Fields.of("OwnerId", REFERENCE).label("Owner ID").length(18).defaulted().references("User").build(),
                Fields.of("Lusha_Id__c", STRING).label("Lusha ID").length(64).externalIdUnique().build(),
                Fields.of("LinkedIn_URL__c", URL).label("LinkedIn URL").length(255).build()));
    }

    public static SObjectDescribe account() {
        return new SObjectDescribe("Account", "Account", List.of(
                Fields.of("Id", ID).label("Account ID").length(18).readOnly().defaulted().build(),
                Fields.of("Name", STRING).label("Account Name").length(255).required().build(),
                Fields.of("Website", URL).label("Website").length(255).build(),
                Fields.of("Description", TEXTAREA).label("Account Description").length(32000).build(),
                Fields.of("NumberOfEmployees", INT).label("Employees").digits(8).build(),
                Fields.of("AnnualRevenue", CURRENCY).label("Annual Revenue").number(18, 0).build(),
                Fields.of("Industry", PICKLIST).label("Industry").length(255).picklist("Banking", "Technology", "Retail").build(),
                Fields.text("BillingCity", "Billing City", 40),
                Fields.text("BillingCountry", "Billing Country", 80),
                Fields.of("OwnerId", REFERENCE).label("Owner ID").length(18).defaulted().references("User").build(),
                Fields.of("Lusha_Company_Id__c", STRING).label("Lusha Company ID").length(64).externalIdUnique().build(),
                Fields.of("LinkedIn_URL__c", URL).label("LinkedIn URL").length(255).build()));
    }

    public static Map<RecordType, SObjectDescribe> standard() {
        Map<RecordType, SObjectDescribe> all = new EnumMap<>(RecordType.class);
        all.put(RecordType.Lead, lead());
        all.put(RecordType.Contact, contact());
        all.put(RecordType.Account, account());
        return all;
    }

    /** The standard describes as a source. */
    public static DescribeSource source() {
        return source(standard());
    }

    public static DescribeSource source(Map<RecordType, SObjectDescribe> describes) {
        return name -> describes.values().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new DescribeUnavailableException(name, "INVALID_TYPE: sObject type '" + name + "' is not supported.", null));
    }

    /** {@code source}, noting each request in {@code asked}: {@code "prefetch [Lead, Contact]"}, {@code "describe Lead"}. */
    public static DescribeSource recording(DescribeSource source, List<String> asked) {
        return new DescribeSource() {
            @Override
            public SObjectDescribe describe(String objectName) {
                asked.add("describe " + objectName);
                return source.describe(objectName);
            }

            @Override
            public void prefetch(Collection<String> objectNames) {
                asked.add("prefetch " + objectNames);
                source.prefetch(objectNames);
            }
        };
    }

    /** A copy of {@code d} without the named fields (an org lacking the custom fields, say). */
    public static SObjectDescribe without(SObjectDescribe d, String... names) {
        List<FieldDescribe> kept = new ArrayList<>(d.fields());
        kept.removeIf(f -> List.of(names).contains(f.name()));
        return new SObjectDescribe(d.name(), d.label(), kept);
    }

    /** A copy of {@code d} with {@code field} replacing the field of the same name (or added). */
    public static SObjectDescribe with(SObjectDescribe d, FieldDescribe field) {
        List<FieldDescribe> fields = new ArrayList<>(d.fields());
        fields.removeIf(f -> f.name().equalsIgnoreCase(field.name()));
        fields.add(field);
        return new SObjectDescribe(d.name(), d.label(), fields);
    }
}
