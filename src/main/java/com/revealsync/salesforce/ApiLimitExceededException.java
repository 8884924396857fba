package com.revealsync.salesforce;

/**
 * The org refused a call because its API request limit is used up ({@code REQUEST_LIMIT_EXCEEDED},
 * or Bulk's {@code ExceededQuota}). Never retried: the limit is a rolling 24 hours.
 */
public final class ApiLimitExceededException extends SalesforceApiException {

    public ApiLimitExceededException(String operation, String code, String apiMessage) {
        super(operation, code, apiMessage);
    }
}
