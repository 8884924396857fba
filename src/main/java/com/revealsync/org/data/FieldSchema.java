package com.revealsync.org.data;

import java.util.List;

/**
 * The describe of one field, with the attributes {@code describeSObject} reports.
 *
 * @param type the partner {@code FieldType} name: id, string, textarea, email, phone, url, picklist,
 *             boolean, int, double, currency, percent, date, datetime, reference
 * @param soapType e.g. {@code xsd:string}, {@code xsd:int}, {@code xsd:double}, {@code tns:ID}
 * @param relationshipName for references, e.g. {@code Account} for AccountId; else null
 */
public record FieldSchema(String name, String label, String type, String soapType,
                          int length, int precision, int scale, int digits, int byteLength,
                          boolean nillable, boolean createable, boolean updateable,
                          boolean defaultedOnCreate, boolean externalId, boolean idLookup,
                          boolean unique, boolean custom, boolean calculated,
                          List<PicklistValue> picklistValues, boolean restrictedPicklist,
                          List<String> referenceTo, String relationshipName) {
    public FieldSchema {
        picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
        referenceTo = referenceTo == null ? List.of() : List.copyOf(referenceTo);
    }

    /** Required on create: not nillable, createable and not defaulted, as Salesforce decides it. */
    public boolean requiredOnCreate() {
        return !nillable && createable && !defaultedOnCreate && !"boolean".equals(type);
    }
}
