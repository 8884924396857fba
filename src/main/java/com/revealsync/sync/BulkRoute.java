package com.revealsync.sync;

import com.revealsync.salesforce.BulkWrites;
import com.revealsync.salesforce.SalesforceGateway;
import java.util.IdentityHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * How a Bulk-mode run's writes go: through one set of open Bulk jobs per session for the whole step
 * (closed when the step ends, however it ends), except writes of at most {@code smallWrite} records,
 * which go as one SOAP call: a Bulk batch costs at least two calls (add, results), and a
 * chunk's second wave (people repeated in the chunk) or a handful of Account updates is small.
 */
final class BulkRoute implements StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(BulkRoute.class);

    private final int smallWrite;
    private final Map<SalesforceGateway, BulkWrites> open = new IdentityHashMap<>();

    BulkRoute(int smallWrite) {
        this.smallWrite = smallWrite;
    }

    /** Whether a write of this many records goes through SOAP instead. */
    boolean viaSoap(int records) {
        return records <= smallWrite;
    }

    BulkWrites jobs(SalesforceGateway gateway) {
        return open.computeIfAbsent(gateway, SalesforceGateway::bulkWrites);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        close();
        return stepExecution.getExitStatus();
    }

    /** Closes every session's jobs; one session failing to close (its connection refused meanwhile) stops no other. */
    void close() {
        for (BulkWrites writes : open.values()) {
            try {
                writes.close();
            } catch (RuntimeException e) {
                LOG.warn("the run's Bulk jobs of one session could not be closed: {}", e.getMessage());
            }
        }
        open.clear();
    }
}
