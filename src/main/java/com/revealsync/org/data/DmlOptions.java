package com.revealsync.org.data;

/**
 * Options of a DML call, as the SOAP headers set them.
 *
 * @param allOrNone {@code AllOrNoneHeader}: when any record fails, none is saved; the records that
 *                  would have been saved fail with {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}
 * @param allowFieldTruncation {@code AllowFieldTruncationHeader}: text longer than its field is cut
 *                             to the field's length instead of failing with {@code STRING_TOO_LONG}
 */
public record DmlOptions(boolean allOrNone, boolean allowFieldTruncation) {

    /** Salesforce's defaults: each record on its own, no truncation. */
    public static final DmlOptions DEFAULT = new DmlOptions(false, false);
}
