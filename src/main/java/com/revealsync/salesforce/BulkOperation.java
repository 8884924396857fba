package com.revealsync.salesforce;

/** The Bulk API v1 operations the gateway runs. */
public enum BulkOperation {
    INSERT("insert"),
    UPDATE("update"),
    UPSERT("upsert"),
    DELETE("delete");

    private final String wireName;

    BulkOperation(String wireName) {
        this.wireName = wireName;
    }

    /** The operation's name in a Bulk API jobInfo. */
    public String wireName() {
        return wireName;
    }
}
