package com.revealsync.mapping;

/**
 * Why a row was skipped, or what a warning is about. Codes that Salesforce also uses carry the
 * same name (and their messages the same text), so an admin reads one vocabulary.
 */
public enum ExportCode {
    /** The row's record type is not allowed by the account export preferences. */
    OBJECT_NOT_ALLOWED(true),
    /** A Contact's company has no Account in Salesforce and Account creation is off. */
    ACCOUNT_NOT_FOUND(true),
    /** The only record of this person is a converted Lead, which Salesforce refuses to update. */
    CANNOT_UPDATE_CONVERTED_LEAD(true),
    /** A value longer than its field: Salesforce would refuse the whole record. */
    STRING_TOO_LONG(true),
    /** A number too large for its field: Salesforce would refuse the whole record. */
    NUMBER_OUTSIDE_VALID_RANGE(true),
    /** A record to create lacks a field Salesforce requires. */
    REQUIRED_FIELD_MISSING(true),

    /** A value failed its type check and was left out; the rest of the record goes. */
    FIELD_TYPE_MISMATCH(false),
    /** A value not among a restricted picklist's values was left out. */
    INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST(false),
    /** Several Salesforce records matched; the oldest (lowest Id) was used. */
    DUPLICATE_MATCH(false),
    /** Exported as a Contact while a Lead of the same person exists; the Lead is left as it is. */
    LEAD_EXISTS(false);

    private final boolean skipsRow;

    ExportCode(boolean skipsRow) {
        this.skipsRow = skipsRow;
    }

    /** True for codes that skip the row; false for warnings (the value is left out, the row goes on). */
    public boolean skipsRow() {
        return skipsRow;
    }
}
