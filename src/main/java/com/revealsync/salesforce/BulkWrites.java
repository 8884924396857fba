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

    /**
     * Adds the records' batches now and leaves the wait for them to {@link Started#results()}, so
     * that the caller can send another object's records meanwhile and the org works on both. The
     * default writes at once.
     */
    default Started start(String object, BulkOperation operation, String externalIdField, List<RecordWrite> records) {
        List<WriteResult> results = write(object, operation, externalIdField, records);
        return () -> results;
    }

    /** A write whose batches are in the org. */
    @FunctionalInterface
    interface Started {
        /** Waits for the batches and returns every record's result under its key, as {@link #write} does. */
        List<WriteResult> results();
    }

    /** Closes the jobs the writes opened. */
    @Override
    void close();
}
