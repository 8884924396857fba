package com.revealsync.org.stats;

import com.revealsync.org.fault.Faults;
import com.revealsync.org.limits.ApiKind;
import com.revealsync.org.server.OrgContext;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code org stats} shows: records per object, and API calls by kind over the last 24 hours
 * (SOAP, Bulk v1, Bulk 2.0, OAuth) against the daily limit, and the faults injected.
 *
 * @param asOf when the figures were taken (ISO-8601)
 * @param url the org's base URL while it runs; null in a snapshot written as it stopped
 */
public record OrgStats(String asOf, String url, Map<String, Long> records, Map<String, Long> apiCalls,
                       long apiUsed, long apiLimit, Map<String, Long> faultsInjected) {

    public OrgStats {
        records = Collections.unmodifiableMap(new TreeMap<>(records));
        apiCalls = Collections.unmodifiableMap(new LinkedHashMap<>(apiCalls));
        faultsInjected = faultsInjected == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(faultsInjected));
    }

    /** The figures of a running org now. */
    public static OrgStats of(OrgContext context, Faults faults) {
        Map<String, Long> calls = new LinkedHashMap<>();
        context.apiUsage().byKind().forEach((kind, n) -> calls.put(label(kind), n));
        Map<String, Long> injected = new LinkedHashMap<>();
        faults.injected().forEach((kind, n) -> {
            if (n > 0) {
                injected.put(kind.name(), n);
            }
        });
        return new OrgStats(context.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString(), context.baseUrl(),
                new TreeMap<>(context.data().recordCounts()), calls, context.apiUsage().used(),
                context.apiUsage().dailyLimit(), injected);
    }

    public OrgStats stopped() {
        return new OrgStats(asOf, null, records, apiCalls, apiUsed, apiLimit, faultsInjected);
    }

    public OrgStats withRecords(Map<String, Long> liveRecords) {
        return new OrgStats(asOf, url, liveRecords, apiCalls, apiUsed, apiLimit, faultsInjected);
    }

    /** How {@code org stats} names each kind of call. */
    public static String label(ApiKind kind) {
        return switch (kind) {
            case SOAP -> "SOAP";
            case BULK_V1 -> "Bulk v1";
            case BULK_V2 -> "Bulk 2.0";
            case OAUTH -> "OAuth";
        };
    }
}
