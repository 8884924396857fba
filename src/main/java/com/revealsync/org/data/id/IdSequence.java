package com.revealsync.org.data.id;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues the ids of one key prefix: {@code prefix + "RS0" + 9 base-62 digits}, then the case-safe
 * suffix. The base-62 digits are ordered 0-9, A-Z, a-z, so later ids also sort after earlier ones
 * (case-sensitively). The counter is the only state: persisting it makes ids continue after a
 * restart.
 */
public final class IdSequence {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String POD = "RS0";
    private static final int COUNTER_DIGITS = 9;

    private final String prefix;
    private final AtomicLong counter;

    public IdSequence(String prefix, long lastIssued) {
        if (prefix.length() != 3) {
            throw new IllegalArgumentException("key prefix must have 3 characters: " + prefix);
        }
        this.prefix = prefix;
        this.counter = new AtomicLong(lastIssued);
    }

    /** The next id, 18 characters. */
    public String next() {
        return idFor(prefix, counter.incrementAndGet());
    }

    /** The counter value of the last id issued. */
    public long lastIssued() {
        return counter.get();
    }

    public String prefix() {
        return prefix;
    }

    /** The id with the given counter value. */
    public static String idFor(String prefix, long value) {
        char[] digits = new char[COUNTER_DIGITS];
        long rest = value;
        for (int i = COUNTER_DIGITS - 1; i >= 0; i--) {
            digits[i] = DIGITS.charAt((int) (rest % 62));
            rest /= 62;
        }
        if (rest != 0) {
            throw new IllegalStateException("id space of prefix " + prefix + " exhausted");
        }
        return SalesforceIds.to18(prefix + POD + new String(digits));
    }
}
