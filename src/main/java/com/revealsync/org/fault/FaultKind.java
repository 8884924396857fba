package com.revealsync.org.fault;

/** The faults the org can inject, each drawn from its own seeded stream. */
public enum FaultKind {
    LATENCY, HTTP_503, RESET, LOCK, SESSION_EXPIRED
}
