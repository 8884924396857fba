package com.revealsync.salesforce.usage;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The latest API usage an org reported. Thread-safe. */
public final class ApiUsageMonitor {

    private final AtomicReference<ApiUsage> latest = new AtomicReference<>();

    public void record(ApiUsage usage) {
        latest.set(usage);
    }

    public Optional<ApiUsage> latest() {
        return Optional.ofNullable(latest.get());
    }
}
