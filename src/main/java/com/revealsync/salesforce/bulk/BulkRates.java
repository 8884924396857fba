package com.revealsync.salesforce.bulk;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orgs' Bulk paces ({@link BulkPace}): nanoseconds per record, by org and object, learned by
 * every gateway of one factory and kept in a {@link Store} (the app database), so that the next
 * process, a command-line run from cron or a restarted {@code serve}, asks for its first chunk's
 * results when due instead of listing the batches to learn the pace again (three to five calls a
 * run). A store that fails costs that saving, never the run: the pace is then kept in memory only.
 * Thread-safe.
 */
public final class BulkRates {

    private static final Logger LOG = LoggerFactory.getLogger(BulkRates.class);

    /** Where the rates outlive the process. */
    public interface Store {

        /** The rate kept for the org's object, or null. */
        Double find(String org, String object);

        /** Keeps the org object's rate, replacing the one kept before. */
        void keep(String org, String object, double nanosPerRecord);

        /** Keeps nothing. */
        Store NONE = new Store() {
            @Override
            public Double find(String org, String object) {
                return null;
            }

            @Override
            public void keep(String org, String object, double nanosPerRecord) {
            }
        };
    }

    private final Store store;
    private final ConcurrentHashMap<String, Double> rates = new ConcurrentHashMap<>();
    /** The keys already asked of the store (found or not): it is asked once per org and object. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    public BulkRates(Store store) {
        this.store = store;
    }

    /** Rates kept in memory only. */
    public static BulkRates inMemory() {
        return new BulkRates(Store.NONE);
    }

    /** The org object's rate, from memory or, the first time, from the store; null when unknown. */
    Double get(String org, String object) {
        String key = org + " " + object;
        Double rate = rates.get(key);
        if (rate == null && asked.add(key)) {
            try {
                Double kept = store.find(org, object);
                if (kept != null && kept > 0) {
                    Double learned = rates.putIfAbsent(key, kept); // a rate learned meanwhile wins
                    rate = learned != null ? learned : kept;
                }
            } catch (RuntimeException e) {
                LOG.warn("the Bulk pace kept for {} could not be read ({}): learning it again", object, e.getMessage());
            }
        }
        return rate;
    }

    /** Merges a measured rate into the org object's (a moving average, {@code weight} for the new one). */
    void learned(String org, String object, double measured, double weight) {
        String key = org + " " + object;
        get(org, object); // the kept rate, if any, is what the measure moves
        double rate = rates.merge(key, measured, (old, now) -> weight * now + (1 - weight) * old);
        try {
            store.keep(org, object, rate);
        } catch (RuntimeException e) {
            LOG.warn("the Bulk pace of {} could not be kept ({}): the next run learns it again", object, e.getMessage());
        }
    }
}
