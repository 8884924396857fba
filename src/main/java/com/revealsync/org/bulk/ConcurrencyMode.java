package com.revealsync.org.bulk;

/** Parallel: a job's batches run side by side; Serial: one after another, in upload order. */
public enum ConcurrencyMode {
    Parallel, Serial;

    public static ConcurrencyMode parse(String text) {
        if (text == null || text.isBlank()) {
            return Parallel;
        }
        for (ConcurrencyMode mode : values()) {
            if (mode.name().equals(text.trim())) {
                return mode;
            }
        }
        throw BulkApiException.invalidJob("Invalid concurrencyMode: " + text.trim() + " (Parallel or Serial)");
    }
}
