package com.revealsync.org.data.value;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import java.util.List;

/** Salesforce's per-record errors, with its exact status codes and message texts. */
public final class OrgErrors {

    private OrgErrors() {
    }

    public static OrgError requiredMissing(List<String> fields) {
        return new OrgError("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + String.join(", ", fields) + "]", fields);
    }

    public static OrgError stringTooLong(FieldSchema field, String value) {
        return onField("STRING_TOO_LONG", field,
                field.label() + ": data value too large: " + value + " (max length=" + field.length() + ")");
    }

    public static OrgError invalidEmail(FieldSchema field, String value) {
        return onField("INVALID_EMAIL_ADDRESS", field, field.label() + ": invalid email address: " + value);
    }

    public static OrgError notOfType(FieldSchema field, String value) {
        return onField("INVALID_TYPE_ON_FIELD_IN_RECORD", field, field.label() + ": value not of required type: " + value);
    }

    public static OrgError badRestrictedPicklist(FieldSchema field, String value) {
        return onField("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", field,
                field.label() + ": bad value for restricted picklist field: " + value);
    }

    public static OrgError outOfRange(FieldSchema field, String value) {
        return onField("NUMBER_OUTSIDE_VALID_RANGE", field,
                field.label() + ": value outside of valid range on numeric field: " + value);
    }

    public static OrgError malformedId(FieldSchema field, String value) {
        return onField("MALFORMED_ID", field, field.label() + ": id value of incorrect type: " + value);
    }

    /** An id of another object in a reference field (a Lead id in Contact.AccountId). */
    public static OrgError wrongIdType(FieldSchema field, String value) {
        return onField("FIELD_INTEGRITY_EXCEPTION", field, field.label() + ": id value of incorrect type: " + value);
    }

    public static OrgError invalidCrossReference(List<String> fields) {
        return new OrgError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", fields);
    }

    public static OrgError unknownField(String objectName, String fieldName) {
        return new OrgError("INVALID_FIELD", "No such column '" + fieldName + "' on sobject of type " + objectName, List.of(fieldName));
    }

    public static OrgError notWritable(List<String> fields) {
        return new OrgError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: " + String.join(", ", fields)
                + ". Please check the security settings of this field and verify that it is read/write for your profile"
                + " or permission set.", fields);
    }

    public static OrgError idOnInsert() {
        return new OrgError("INVALID_FIELD_FOR_INSERT_UPDATE", "cannot specify Id in an insert call", List.of("Id"));
    }

    public static OrgError idMissingOnUpdate() {
        return new OrgError("MISSING_ARGUMENT", "Id not specified in an update call", List.of());
    }

    public static OrgError duplicateIdInList(String id) {
        return new OrgError("DUPLICATE_VALUE", "Duplicate id in list: " + id, List.of());
    }

    public static OrgError entityIsDeleted() {
        return new OrgError("ENTITY_IS_DELETED", "entity is deleted", List.of());
    }

    public static OrgError convertedLead() {
        return new OrgError("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead", List.of());
    }

    public static OrgError duplicateValue(String fieldName, String otherId) {
        return new OrgError("DUPLICATE_VALUE", "duplicate value found: " + fieldName
                + " duplicates value on record with id: " + otherId, List.of(fieldName));
    }

    public static OrgError duplicateExternalIdInCall(String fieldName, String value) {
        return new OrgError("DUPLICATE_EXTERNAL_ID", "Duplicate external id specified: " + value, List.of(fieldName));
    }

    public static OrgError externalIdMatchesMany(String fieldName, List<String> ids) {
        return new OrgError("DUPLICATE_EXTERNAL_ID", fieldName + ": more than one record found for external id field: "
                + ids, List.of(fieldName));
    }

    public static OrgError externalIdMissing(String fieldName) {
        return new OrgError("MISSING_ARGUMENT", fieldName + " not specified", List.of(fieldName));
    }

    public static OrgError malformedRecordId(String value) {
        return new OrgError("MALFORMED_ID", "malformed id " + value, List.of());
    }

    public static OrgError typeNotSupported(String objectName, String operation) {
        return new OrgError("INVALID_TYPE_FOR_OPERATION", "entity type " + objectName + " does not support " + operation, List.of());
    }

    public static OrgError duplicatesDetected() {
        return new OrgError("DUPLICATES_DETECTED", "Use one of these records?", List.of());
    }

    public static OrgError rolledBack() {
        return new OrgError("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not all records were valid"
                + " and the request was using AllOrNone header", List.of());
    }

    public static OrgError customValidation(String message, List<String> fields) {
        return new OrgError("FIELD_CUSTOM_VALIDATION_EXCEPTION", message, fields);
    }

    private static OrgError onField(String code, FieldSchema field, String message) {
        return new OrgError(code, message, List.of(field.name()));
    }
}
