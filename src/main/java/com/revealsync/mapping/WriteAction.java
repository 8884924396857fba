package com.revealsync.mapping;

/** What happens to one Salesforce record. */
public enum WriteAction {
    CREATE, UPDATE,
    /** Nothing to write: no call is made for this record. */
    NONE
}
