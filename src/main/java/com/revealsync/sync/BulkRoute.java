package com.revealsync.sync;

import com.revealsync.salesforce.BulkWrites;
import com.revealsync.salesforce.SalesforceGateway;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * How a Bulk-mode run's writes go: through one set of open Bulk jobs per session for the whole step
 * (closed when the step ends, however it ends), except writes of at most {@code smallWrite} records,
 * which go as one SOAP call: a Bulk batch costs at least three calls (add, poll, results), and a
 * chunk's second wave (people repeated in the chunk) or a handful of Account updates is small.
 */
final class BulkRoute implements StepExecutionListener {

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

    void close() {
        open.values().forEach(BulkWrites::close);
        open.clear();
    }
}
