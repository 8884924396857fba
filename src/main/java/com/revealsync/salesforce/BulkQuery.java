package com.revealsync.salesforce;

import java.util.function.Consumer;

/**
 * A SOQL query to run as a Bulk API query job, and who hears its records ({@link SalesforceGateway#bulkQueries}).
 *
 * @param object the object queried, for the job and for errors
 */
public record BulkQuery(String object, String soql, Consumer<SalesforceRecord> consumer) {
}
