package com.revealsync.salesforce.bulk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A pace store in memory, as the app database's table keeps the rates between processes; keyed "org|object". */
final class KeptRates implements BulkRates.Store {

    final Map<String, Double> kept = new ConcurrentHashMap<>();

    @Override
    public Double find(String org, String object) {
        return kept.get(org + "|" + object);
    }

    @Override
    public void keep(String org, String object, double nanosPerRecord) {
        kept.put(org + "|" + object, nanosPerRecord);
    }
}
