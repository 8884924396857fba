package com.revealsync.salesforce.bulk;

import com.sforce.async.BatchInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * How fast the org has been processing this connection's batches, so that the first poll of a wait
 * comes when the batches should be done rather than after a fixed half second: each poll is an API
 * call, and a 10,000-record batch polled from 0.5 s with 1.5 times longer waits costs four or five
 * of them where one will do.
 *
 * <p>The rate is the org's own: the time from the first batch's {@code createdDate} to the last
 * one's {@code systemModstamp} (when it finished) over the records of those batches, so batches the
 * org runs in parallel count as such, kept per org and object (an org writes Accounts, Contacts and
 * Leads at different paces: one rate for all would be wrong for each in turn). A moving average
 * smooths one slow batch away. Until a batch of the object has been seen finishing, or when the org
 * does not date its batches, the configured first delay is used.
 *
 * <p>The rates can outlive one gateway ({@link #shared}): a {@code serve} process's nightly runs, and
 * the Lusha users' sessions of one run, write to the same org, so a night's first chunk waits at the
 * pace the previous night learned instead of polling to learn it again; and the process
 * ({@link BulkRates}, kept in the app database), so the next command-line run does too.
 */
public final class BulkPace {

    /** Weight of the newest measure in the moving average. */
    private static final double WEIGHT = 0.5;
    /** Waits are aimed a little past the expected end, so that the first poll mostly finds it reached. */
    private static final double MARGIN = 1.15;

    private final Duration floor;
    private final BulkRates rates;
    private final Supplier<String> org;

    /** A pace of its own, for one org. */
    BulkPace(Duration floor) {
        this(floor, BulkRates.inMemory(), () -> "");
    }

    private BulkPace(Duration floor, BulkRates rates, Supplier<String> org) {
        this.floor = floor;
        this.rates = rates;
        this.org = org;
    }

    /**
     * A pace that keeps its rates in {@code rates}, shared with every other pace given the same
     * rates, under the org {@code org} names when asked (the instance URL of the gateway's current
     * token: asked only once the gateway has made calls).
     */
    public static BulkPace shared(Duration floor, BulkRates rates, Supplier<String> org) {
        return new BulkPace(floor, rates, org);
    }

    /** Whether a batch of the object has been seen finishing: {@link #firstWait} is then the org's pace. */
    boolean known(String object) {
        return rates.get(org.get(), object) != null;
    }

    /** The first wait before polling the object's batches that hold {@code records} records. */
    Duration firstWait(String object, int records) {
        Double rate = rates.get(org.get(), object);
        if (rate == null) {
            return floor;
        }
        Duration expected = Duration.ofMillis(Math.round(rate * records * MARGIN / 1_000_000));
        return expected.compareTo(floor) > 0 ? expected : floor;
    }

    /**
     * What is left of a first wait aimed at {@code since} + {@code wait}, by {@code now}: batches
     * added before the caller turned to them (another object's writes, an earlier query) have been
     * in the org all that time.
     */
    static Duration left(Duration wait, Instant since, Instant now) {
        Duration left = Duration.between(now, since.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Learns from the object's batches that have all finished. */
    void finished(String object, Collection<BatchInfo> batches) {
        long records = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (BatchInfo b : batches) {
            Calendar created = b.getCreatedDate();
            Calendar modified = b.getSystemModstamp();
            if (created == null || modified == null) {
                return;
            }
            first = Math.min(first, created.getTimeInMillis());
            last = Math.max(last, modified.getTimeInMillis());
            records += b.getNumberRecordsProcessed();
        }
        if (records == 0 || last < first) {
            return;
        }
        rates.learned(org.get(), object, (last - first) * 1_000_000.0 / records, WEIGHT);
    }
}
