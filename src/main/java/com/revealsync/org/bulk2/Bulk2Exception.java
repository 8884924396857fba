package com.revealsync.org.bulk2;

/**
 * A Bulk API 2.0 call the org refuses, answered as Salesforce's REST errors are:
 * {@code [{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]}.
 */
public class Bulk2Exception extends RuntimeException {

    private final int status;
    private final String errorCode;

    public Bulk2Exception(int status, String errorCode, String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    public int status() {
        return status;
    }

    public String errorCode() {
        return errorCode;
    }

    static Bulk2Exception notFound() {
        return new Bulk2Exception(404, "NOT_FOUND", "The requested resource does not exist");
    }

    static Bulk2Exception invalidSession() {
        return new Bulk2Exception(401, "INVALID_SESSION_ID", "Session expired or invalid");
    }

    static Bulk2Exception invalidJob(String message) {
        return new Bulk2Exception(400, "INVALIDJOB", message);
    }

    static Bulk2Exception invalidJobState(String message) {
        return new Bulk2Exception(400, "INVALIDJOBSTATE", message);
    }
}
