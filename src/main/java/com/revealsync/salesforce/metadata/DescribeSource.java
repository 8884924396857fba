package com.revealsync.salesforce.metadata;

/**
 * Where describes come from: the target org (through the WSC client), or inline fixtures in tests.
 * Implementations may cache; a describe is read before any record of a run.
 */
public interface DescribeSource {

    /**
     * The describe of one object, e.g. {@code Lead}.
     *
     * @throws DescribeUnavailableException when the org does not know the object or cannot be asked
     */
    SObjectDescribe describe(String objectName);

    /** Which org this is, for messages (its URL; never a session or a password). */
    default String target() {
        return "the target org";
    }
}
