package com.revealsync.salesforce.metadata;

/** A describe could not be obtained: the object is unknown to the org, or the org could not be asked. */
public class DescribeUnavailableException extends RuntimeException {

    private final String objectName;

    public DescribeUnavailableException(String objectName, String message, Throwable cause) {
        super(message, cause);
        this.objectName = objectName;
    }

    public String objectName() {
        return objectName;
    }
}
