package com.revealsync.salesforce;

import java.util.List;

/**
 * Bulk API writes that may share jobs: a run writing chunk after chunk opens one job per object,
 * operation and external id field and closes them when it ends ({@link #close()}), instead of
 * creating and closing jobs per chunk. Each write waits for its own batches and returns every
 * record's result under its key, as {@link SalesforceGateway#bulk} does.
 */
public interface BulkWrites extends AutoCloseable {

    List<WriteResult> write(String object, BulkOperation operation, String externalIdField, List<RecordWrite> records);

    /** Closes the jobs the writes opened. */
    @Override
    void close();
}
