package com.revealsync.salesforce.soap;

import com.revealsync.salesforce.SalesforceException;
import com.revealsync.salesforce.retry.Fault;
import com.revealsync.salesforce.retry.FaultKind;
import com.revealsync.salesforce.transport.IoFaults;
import com.revealsync.salesforce.transport.TransportFailure;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.SoapFaultException;
import java.util.Optional;

/** Reads a failed SOAP request: a Salesforce fault by its exception code, else the transport failure. */
final class SoapFaults {

    private SoapFaults() {
    }

    static Fault classify(Throwable failure) {
        if (failure instanceof SalesforceException || !(failure instanceof TransportFailure tf)) {
            return Fault.of(FaultKind.PROPAGATE, failure.getClass().getSimpleName(),
                    String.valueOf(failure.getMessage()), failure);
        }
        Throwable cause = tf.getCause();
        if (cause instanceof ApiFault fault) {
            String code = fault.getExceptionCode() == null ? "UNKNOWN_EXCEPTION" : fault.getExceptionCode().name();
            return byCode(code, fault.getExceptionMessage(), tf);
        }
        if (cause instanceof SoapFaultException fault) {
            String code = fault.getFaultCode() == null ? "UNKNOWN_EXCEPTION" : fault.getFaultCode().getLocalPart();
            return byCode(code, fault.getMessage(), tf);
        }
        Optional<Fault> io = IoFaults.ioFault(cause);
        if (io.isPresent()) {
            return io.get();
        }
        return IoFaults.httpStatus(tf.httpStatus(), tf).orElse(Fault.of(FaultKind.REFUSED, "INVALID_RESPONSE",
                "the org's answer could not be read (HTTP " + tf.httpStatus() + "): " + cause.getMessage(), tf));
    }

    private static Fault byCode(String code, String message, TransportFailure failure) {
        FaultKind kind = switch (code) {
            case "INVALID_SESSION_ID" -> failure.sessionRenewed() ? FaultKind.REFUSED : FaultKind.SESSION_EXPIRED;
            case "REQUEST_LIMIT_EXCEEDED" -> FaultKind.LIMIT_EXCEEDED;
            case "SERVER_UNAVAILABLE" -> FaultKind.NOT_PROCESSED;
            // a fault answers a call the org rolled back; 503 says it did not take it at all
            default -> failure.httpStatus() == 503 ? FaultKind.NOT_PROCESSED : FaultKind.REFUSED;
        };
        return Fault.of(kind, code, message == null ? "" : message, failure);
    }
}
