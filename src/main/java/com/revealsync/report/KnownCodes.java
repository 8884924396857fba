package com.revealsync.report;

import java.util.List;

/**
 * The codes the product writes into {@code row_outcome.code} and {@code warnings_json}: our own
 * skip and warning codes, and the Salesforce status and exception codes a FAILED row can carry.
 * Every one of them has its own fix hint ({@code FixHintsTest} holds that).
 */
public final class KnownCodes {

    /** Codes of our own checks (SKIPPED rows) and warnings. */
    public static final List<String> OURS = List.of(
            "REQUIRED_FIELD_MISSING", "STRING_TOO_LONG", "INVALID_EMAIL_ADDRESS", "FIELD_TYPE_MISMATCH",
            "OBJECT_NOT_ALLOWED", "ACCOUNT_NOT_FOUND", "RECONNECT_REQUIRED", "NOT_CONNECTED", "INVALID_ROW",
            "REQUIRED_VALUE_MISSING", "INVALID_VALUE", "DUPLICATE_IN_BATCH", "API_BUDGET_EXCEEDED",
            "CONNECTION_UNREADABLE", "DUPLICATE_MATCH", "LEAD_EXISTS", "NUMBER_OUTSIDE_VALID_RANGE",
            "CANNOT_UPDATE_CONVERTED_LEAD", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");

    /** Salesforce's codes for FAILED rows (per-record status codes and the faults that stop a call). */
    public static final List<String> SALESFORCE = List.of(
            "REQUIRED_FIELD_MISSING", "STRING_TOO_LONG", "INVALID_EMAIL_ADDRESS", "DUPLICATES_DETECTED",
            "FIELD_CUSTOM_VALIDATION_EXCEPTION", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "DUPLICATE_VALUE",
            "INVALID_CROSS_REFERENCE_KEY", "UNABLE_TO_LOCK_ROW", "CANNOT_UPDATE_CONVERTED_LEAD",
            "ENTITY_IS_DELETED", "INVALID_FIELD", "INVALID_FIELD_FOR_INSERT_UPDATE", "REQUEST_LIMIT_EXCEEDED",
            "INVALID_TYPE_ON_FIELD_IN_RECORD", "NUMBER_OUTSIDE_VALID_RANGE", "MALFORMED_ID",
            "INSUFFICIENT_ACCESS_OR_READONLY", "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY",
            "CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY", "FIELD_INTEGRITY_EXCEPTION", "STORAGE_LIMIT_EXCEEDED",
            "INVALID_SESSION_ID", "UNKNOWN_EXCEPTION", "SERVER_UNAVAILABLE",
            // our gateway's codes for a record whose fate Salesforce did not report
            "BATCH_FAILED", "BATCH_NOT_PROCESSED", "IO_ERROR");

    /** The codes that mean "this Lusha user must (re)connect Salesforce before their rows can go". */
    public static final List<String> CONNECTION = List.of("RECONNECT_REQUIRED", "NOT_CONNECTED", "CONNECTION_UNREADABLE");

    private KnownCodes() {
    }
}
