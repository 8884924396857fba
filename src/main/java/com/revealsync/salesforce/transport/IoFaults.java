package com.revealsync.salesforce.transport;

import com.revealsync.salesforce.retry.Fault;
import com.revealsync.salesforce.retry.FaultKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transport-level faults shared by the SOAP and Bulk clients: I/O errors (was the request sent?)
 * and HTTP 5xx answers that are not Salesforce errors.
 */
public final class IoFaults {

    private static final Pattern JDK_STATUS = Pattern.compile("HTTP response code: (\\d{3})");

    private IoFaults() {
    }

    /** The I/O error in {@code failure}'s causes, if any, classified. */
    public static Optional<Fault> ioFault(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return Optional.of(classify(io, failure));
            }
        }
        return Optional.empty();
    }

    private static Fault classify(IOException io, Throwable failure) {
        String text = io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
        Matcher status = JDK_STATUS.matcher(String.valueOf(io.getMessage()));
        if (status.find()) {
            return httpStatus(Integer.parseInt(status.group(1)), failure)
                    .orElse(Fault.of(FaultKind.REFUSED, "HTTP_" + status.group(1), text, failure));
        }
        boolean neverSent = io instanceof ConnectException || io instanceof UnknownHostException
                || io instanceof NoRouteToHostException
                || (io instanceof SocketTimeoutException && String.valueOf(io.getMessage()).contains("connect"));
        return Fault.of(neverSent ? FaultKind.NOT_PROCESSED : FaultKind.MAYBE_PROCESSED, "IO_ERROR", text, failure);
    }

    /**
     * A 5xx status without a Salesforce error in it: 503 means the org did not take the request,
     * any other 5xx (a gateway timeout) leaves it unknown.
     */
    public static Optional<Fault> httpStatus(int status, Throwable failure) {
        if (status == 503) {
            return Optional.of(Fault.of(FaultKind.NOT_PROCESSED, "HTTP_503", "service unavailable", failure));
        }
        if (status >= 500) {
            return Optional.of(Fault.of(FaultKind.MAYBE_PROCESSED, "HTTP_" + status, "server error", failure));
        }
        return Optional.empty();
    }
}
