package com.revealsync.connection;

import java.net.URI;

/**
 * Where users sign in when no Salesforce is configured and {@code --env} is not given: the
 * embedded org. The application provides it (starting the embedded org if need be); this package
 * does not depend on the embedded org itself.
 */
@FunctionalInterface
public interface DefaultLoginUrl {
    URI loginUrl();
}
