package com.revealsync.salesforce.bulk;

import com.revealsync.salesforce.SalesforceException;
import com.revealsync.salesforce.retry.Fault;
import com.revealsync.salesforce.retry.FaultKind;
import com.revealsync.salesforce.transport.IoFaults;
import com.revealsync.salesforce.transport.TransportFailure;
import com.sforce.async.AsyncApiException;
import com.sforce.async.AsyncExceptionCode;
import java.util.Optional;

/** Reads a failed Bulk API request. BulkConnection has no session renewer: the retrier renews. */
final class BulkFaults {

    private BulkFaults() {
    }

    static Fault classify(Throwable failure) {
        if (failure instanceof SalesforceException || !(failure instanceof TransportFailure tf)) {
            return Fault.of(FaultKind.PROPAGATE, failure.getClass().getSimpleName(),
                    String.valueOf(failure.getMessage()), failure);
        }
        Throwable cause = tf.getCause();
        if (cause instanceof NullPointerException) {
            // BulkConnection's GET fails this way when no response came at all (connection refused)
            return Fault.of(FaultKind.MAYBE_PROCESSED, "IO_ERROR", "no response from the org", tf);
        }
        if (!(cause instanceof AsyncApiException e)) {
            return IoFaults.ioFault(cause).orElse(Fault.of(FaultKind.REFUSED, "INVALID_RESPONSE",
                    String.valueOf(cause.getMessage()), tf));
        }
        AsyncExceptionCode code = e.getExceptionCode() == null ? AsyncExceptionCode.Unknown : e.getExceptionCode();
        String message = e.getExceptionMessage() == null ? "" : e.getExceptionMessage();
        switch (code) {
            case InvalidSessionId:
                return Fault.of(FaultKind.SESSION_EXPIRED, code.name(), message, tf);
            case ExceededQuota:
                return Fault.of(FaultKind.LIMIT_EXCEEDED, code.name(), message, tf);
            case InternalServerError:
            case Timeout:
                return Fault.of(tf.httpStatus() == 503 ? FaultKind.NOT_PROCESSED : FaultKind.MAYBE_PROCESSED,
                        code.name(), message, tf);
            default:
                break;
        }
        Optional<Fault> io = IoFaults.ioFault(cause);
        if (io.isPresent()) {
            return io.get();
        }
        return IoFaults.httpStatus(tf.httpStatus(), tf).orElse(Fault.of(FaultKind.REFUSED, code.name(), message, tf));
    }
}
