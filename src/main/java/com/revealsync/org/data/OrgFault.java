package com.revealsync.org.data;

/**
 * A call-level fault (not a per-record error): the whole call is refused. The wire layers turn it
 * into a SOAP fault, a Bulk {@code <error>} or a REST error body.
 *
 * @param kind which fault element carries it on the SOAP wire
 * @param exceptionCode an {@code ExceptionCode} name of the WSC client, e.g. {@code INVALID_FIELD}
 * @param row for query faults, the 1-based row of the SOQL text; otherwise null
 * @param column for query faults, the 1-based column; otherwise null
 */
public class OrgFault extends RuntimeException {

    /** The SOAP fault detail types of the partner WSDL. */
    public enum Kind { UNEXPECTED_ERROR, INVALID_FIELD, MALFORMED_QUERY, INVALID_SOBJECT, INVALID_QUERY_LOCATOR, LOGIN, INVALID_ID }

    private final Kind kind;
    private final String exceptionCode;
    private final Integer row;
    private final Integer column;

    public OrgFault(Kind kind, String exceptionCode, String message, Integer row, Integer column) {
        super(message);
        this.kind = kind;
        this.exceptionCode = exceptionCode;
        this.row = row;
        this.column = column;
    }

    public OrgFault(Kind kind, String exceptionCode, String message) {
        this(kind, exceptionCode, message, null, null);
    }

    public Kind kind() { return kind; }

    public String exceptionCode() { return exceptionCode; }

    public Integer row() { return row; }

    public Integer column() { return column; }
}
