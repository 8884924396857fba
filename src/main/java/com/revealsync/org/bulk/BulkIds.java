package com.revealsync.org.bulk;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids of Bulk API objects: jobs {@code 750}, batches {@code 751}, query results {@code 752}, in
 * Salesforce's 18-character form (15 characters and the case-safe suffix). Unique within one org
 * process; Bulk jobs are not kept across restarts, so a fresh start draws from the clock.
 */
public final class BulkIds {

    public static final String JOB_PREFIX = "750";
    public static final String BATCH_PREFIX = "751";
    public static final String RESULT_PREFIX = "752";

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private final AtomicLong sequence;

    public BulkIds() {
        this(System.currentTimeMillis() % 1_000_000_000L * 1000);
    }

    BulkIds(long start) {
        this.sequence = new AtomicLong(start);
    }

    public String next(String prefix) {
        long n = sequence.incrementAndGet();
        char[] body = new char[9];
        for (int i = body.length - 1; i >= 0; i--) {
            body[i] = BASE62.charAt((int) (n % 62));
            n /= 62;
        }
        String id15 = prefix + "5g0" + new String(body);
        return id15 + caseSafeSuffix(id15);
    }

    /** The 3-character suffix that makes a 15-character id unique case-insensitively. */
    static String caseSafeSuffix(String id15) {
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(SUFFIX.charAt(bits));
        }
        return suffix.toString();
    }
}
