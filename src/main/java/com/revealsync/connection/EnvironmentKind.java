package com.revealsync.connection;

/** Which kind of Salesforce login host a connection signs in at (the seed's "Production or Sandbox"). */
public enum EnvironmentKind {
    PRODUCTION,
    SANDBOX,
    /** A My Domain or other custom login URL, and the embedded org. */
    CUSTOM
}
