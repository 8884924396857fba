package com.revealsync.sync;

/** How a run writes to Salesforce: the SOAP Partner API or the Bulk API v1. */
public enum WriteMode {
    SOAP, BULK
}
