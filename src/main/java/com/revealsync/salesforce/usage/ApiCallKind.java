package com.revealsync.salesforce.usage;

/** The kinds of Salesforce API calls a run reports in its summary ({@code apiCalls}). */
public enum ApiCallKind {
    /** A SOAP Partner API request (create, update, upsert, delete, query, queryMore, describe). */
    SOAP,
    /** A Bulk API v1 request (job, batch, status poll, result download). */
    BULK,
    /** A request to the OAuth 2.0 token endpoint. */
    OAUTH;

    /** The key used in the summary JSON. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
