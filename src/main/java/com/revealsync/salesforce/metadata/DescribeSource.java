package com.revealsync.salesforce.metadata;

import java.util.Collection;

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

    /**
     * Fetches the describes of {@code objectNames} ahead, in as few calls as the source can (an org
     * counts every call against its daily allowance), so that the {@link #describe}s that follow are
     * answered from the cache. Never fails for an object the org cannot describe: {@link #describe}
     * reports it. Sources that gain nothing from it (fixtures) ignore it.
     */
    default void prefetch(Collection<String> objectNames) {
    }

    /** Which org this is, for messages (its URL; never a session or a password). */
    default String target() {
        return "the target org";
    }
}
