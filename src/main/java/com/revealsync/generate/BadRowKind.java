package com.revealsync.generate;

/**
 * The kinds of messy rows admins get, as the messy sample batch shows them. Some cannot even be read
 * (the input layer reports them as row problems); the others are read, and the sync skips, warns
 * about or collapses them.
 */
public enum BadRowKind {
    /** A row cut short: fewer values than the header has columns. */
    WRONG_COLUMN_COUNT(true),
    /** A quote opened and never closed. */
    BROKEN_QUOTING(true),
    /** export_as neither Lead nor Contact. */
    UNKNOWN_EXPORT_AS(true),
    /** phone_1_type neither mobile, direct nor other. */
    UNKNOWN_PHONE_TYPE(true),
    /** No lusha_id. */
    MISSING_LUSHA_ID(true),
    /** revealed_at not an ISO-8601 timestamp. */
    BAD_TIMESTAMP(true),
    /** email_1 that is not an email address. */
    INVALID_EMAIL(false),
    /** No last name (Salesforce requires one). */
    MISSING_LAST_NAME(false),
    /** A job title longer than Salesforce's 128 characters. */
    OVERLONG_TITLE(false),
    /** Number of employees as a range, "51-200". */
    EMPLOYEE_RANGE(false),
    /** Number of employees with a thousands separator, "1,200". */
    EMPLOYEES_WITH_COMMA(false),
    /** An earlier row of the file again (same lusha_id and email), revealed again by another user. */
    DUPLICATE(false),
    /** A Lead without a company (Salesforce requires one). */
    LEAD_WITHOUT_COMPANY(false);

    private final boolean rowProblem;

    BadRowKind(boolean rowProblem) {
        this.rowProblem = rowProblem;
    }

    /** Whether the input reader reports such a row as a row problem instead of a revealed contact. */
    public boolean rowProblem() {
        return rowProblem;
    }
}
