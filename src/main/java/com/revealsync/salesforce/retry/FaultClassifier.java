package com.revealsync.salesforce.retry;

/** Reads what an exception thrown by an attempt means; one per transport (SOAP, Bulk, OAuth). */
@FunctionalInterface
public interface FaultClassifier {
    Fault classify(Throwable failure);
}
