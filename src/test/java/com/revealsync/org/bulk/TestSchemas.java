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

    private static FieldSchema field(String name, String type, boolean nillable, boolean createable, boolean externalId) {
        return new FieldSchema(name, name, type, "xsd:string", 80, 0, 0, 0, 240, nillable, createable, createable,
                false, externalId, name.equals("Id") || externalId, externalId, name.endsWith("__c"), false,
                List.of(), false, List.of(), null);
    }
}
