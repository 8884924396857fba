package com.revealsync.org.bulk;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.SObjectSchema;
import java.util.List;

/** Small describes for unit tests of the batch readers (the real metadata lives in the org's data). */
final class TestSchemas {

    private TestSchemas() {
    }

    static SObjectSchema lead() {
        return new SObjectSchema("Lead", "Lead", "Leads", "00Q", true, true, true, true, false, List.of(
                field("Id", "id", false, false, false),
                field("LastName", "string", false, true, false),
                field("FirstName", "string", true, true, false),
                field("Company", "string", false, true, false),
                field("Email", "email", true, true, false),
                field("Phone", "phone", true, true, false),
                field("Lusha_Id__c", "string", true, true, true)));
    }

    /** The describes above by name; anything else is unknown, as OrgData::describe says it. */
    static SObjectSchema describe(String name) {
        if (name.equalsIgnoreCase("Account")) {
            return account();
        }
        if (name.equalsIgnoreCase("Lead")) {
            return lead();
        }
        throw new com.revealsync.org.data.OrgFault(com.revealsync.org.data.OrgFault.Kind.INVALID_SOBJECT, "INVALID_TYPE",
                "sObject type '" + name + "' is not supported.");
    }

    static SObjectSchema contact() {
        FieldSchema accountId = new FieldSchema("AccountId", "Account ID", "reference", "tns:ID", 18, 0, 0, 0, 18, true,
                true, true, false, false, false, false, false, false, List.of(), false, List.of("Account"), "Account");
        return new SObjectSchema("Contact", "Contact", "Contacts", "003", true, true, true, true, false, List.of(
                field("Id", "id", false, false, false), field("LastName", "string", false, true, false), accountId));
    }

    static SObjectSchema account() {
        return new SObjectSchema("Account", "Account", "Accounts", "001", true, true, true, true, false, List.of(
                field("Id", "id", false, false, false), field("Name", "string", false, true, false),
                field("Lusha_Company_Id__c", "string", true, true, true)));
    }

    private static FieldSchema field(String name, String type, boolean nillable, boolean createable, boolean externalId) {
        return new FieldSchema(name, name, type, "xsd:string", 80, 0, 0, 0, 240, nillable, createable, createable,
                false, externalId, name.equals("Id") || externalId, externalId, name.endsWith("__c"), false,
                List.of(), false, List.of(), null);
    }
}
