package com.revealsync.org.bulk;

/**
 * A Bulk API v1 call the org refuses: written as
 * {@code <error><exceptionCode>..</exceptionCode><exceptionMessage>..</exceptionMessage></error>} with
 * an HTTP status of 400 or more, which {@code BulkConnection} turns into an {@code AsyncApiException}.
 *
 * @param code an {@code AsyncExceptionCode} name of the WSC client, e.g. {@code InvalidJob}
 */
public class BulkApiException extends RuntimeException {

    private final String code;
    private final int httpStatus;

    public BulkApiException(String code, String message, int httpStatus) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public static BulkApiException invalidJob(String message) {
        return new BulkApiException("InvalidJob", message, 400);
    }

    public static BulkApiException invalidJobState(String message) {
        return new BulkApiException("InvalidJobState", message, 400);
    }

    public static BulkApiException invalidBatch(String message) {
        return new BulkApiException("InvalidBatch", message, 400);
    }

    public static BulkApiException invalidSession() {
        return new BulkApiException("InvalidSessionId", "Invalid session id", 400);
    }

    public static BulkApiException invalidXml(String message) {
        return new BulkApiException("InvalidXml", message, 400);
    }

    public static BulkApiException invalidUrl(String message) {
        return new BulkApiException("InvalidUrl", message, 404);
    }

    public static BulkApiException clientInput(String message) {
        return new BulkApiException("ClientInputError", message, 400);
    }

    public static BulkApiException exceededQuota(String message) {
        return new BulkApiException("ExceededQuota", message, 403);
    }
}
