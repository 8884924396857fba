package com.revealsync.org.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which faults the org injects, read from a spec such as
 * {@code seed=42,latency=20ms,http503=0.05,reset=0.01,lock=0.02,expire-after=50,api-limit=1000}.
 * Shares are between 0 and 1 (or a percentage: {@code 5%}); the same seed gives the same faults
 * for the same sequence of calls.
 *
 * @param latency added to every HTTP call before it is handled
 * @param http503 share of HTTP calls answered {@code 503 Service Unavailable}
 * @param reset share of responses cut off after part of their body
 * @param lock share of records (SOAP and Bulk alike) failed with {@code UNABLE_TO_LOCK_ROW}
 * @param expireAfter a session is ended after this many API calls; 0 = never
 * @param apiLimit the org's daily API request limit while the faults are on; -1 = unchanged
 */
public record FaultSpec(long seed, Duration latency, double http503, double reset, double lock,
                        int expireAfter, long apiLimit) {

    public static final FaultSpec NONE = new FaultSpec(0, Duration.ZERO, 0, 0, 0, 0, -1);
    private static final List<String> KEYS =
            List.of("seed", "latency", "http503", "reset", "lock", "expire-after", "api-limit");

    public FaultSpec {
        if (latency == null || latency.isNegative()) {
            throw new FaultSpecException("latency must be zero or more: " + latency);
        }
        checkShare("http503", http503);
        checkShare("reset", reset);
        checkShare("lock", lock);
        if (expireAfter < 0) {
            throw new FaultSpecException("expire-after must be zero or more: " + expireAfter);
        }
    }

    /** @throws FaultSpecException naming the part that is wrong */
    public static FaultSpec parse(String spec) {
        FaultSpec result = NONE;
        if (spec == null || spec.isBlank()) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (String part : spec.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0 || eq == trimmed.length() - 1) {
                throw bad(trimmed, "expected key=value with a key among " + KEYS);
            }
            String key = trimmed.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = trimmed.substring(eq + 1).trim();
            if (!seen.add(key)) {
                throw bad(trimmed, "'" + key + "' is given twice");
            }
            result = result.with(trimmed, key, value);
        }
        return result;
    }

    public boolean any() {
        return !latency.isZero() || http503 > 0 || reset > 0 || lock > 0 || expireAfter > 0 || apiLimit >= 0;
    }

    /** The spec in the syntax {@link #parse} reads, defaults left out. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        parts.add("seed=" + seed);
        if (!latency.isZero()) {
            parts.add("latency=" + latency.toMillis() + "ms");
        }
        addShare(parts, "http503", http503);
        addShare(parts, "reset", reset);
        addShare(parts, "lock", lock);
        if (expireAfter > 0) {
            parts.add("expire-after=" + expireAfter);
        }
        if (apiLimit >= 0) {
            parts.add("api-limit=" + apiLimit);
        }
        return String.join(",", parts);
    }

    private FaultSpec with(String part, String key, String value) {
        try {
            return switch (key) {
                case "seed" -> new FaultSpec(Long.parseLong(value), latency, http503, reset, lock, expireAfter, apiLimit);
                case "latency" -> new FaultSpec(seed, duration(part, value), http503, reset, lock, expireAfter, apiLimit);
                case "http503" -> new FaultSpec(seed, latency, share(part, value), reset, lock, expireAfter, apiLimit);
                case "reset" -> new FaultSpec(seed, latency, http503, share(part, value), lock, expireAfter, apiLimit);
                case "lock" -> new FaultSpec(seed, latency, http503, reset, share(part, value), expireAfter, apiLimit);
                case "expire-after" -> new FaultSpec(seed, latency, http503, reset, lock, count(part, value, 1), apiLimit);
                case "api-limit" -> new FaultSpec(seed, latency, http503, reset, lock, expireAfter, count(part, value, 0));
                default -> throw bad(part, "unknown fault '" + key + "'; known: " + KEYS);
            };
        } catch (NumberFormatException e) {
            throw bad(part, "'" + value + "' is not a number");
        }
    }

    private static Duration duration(String part, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        long millis;
        if (v.endsWith("ms")) {
            millis = Long.parseLong(v.substring(0, v.length() - 2).trim());
        } else if (v.endsWith("s")) {
            millis = Math.round(Double.parseDouble(v.substring(0, v.length() - 1).trim()) * 1000);
        } else {
            throw bad(part, "a latency needs a unit, e.g. 50ms or 1s");
        }
        if (millis < 0 || millis > 60_000) {
            throw bad(part, "a latency must be between 0ms and 60s");
        }
        return Duration.ofMillis(millis);
    }

    private static double share(String part, String value) {
        double share = value.endsWith("%")
                ? Double.parseDouble(value.substring(0, value.length() - 1).trim()) / 100
                : Double.parseDouble(value);
        if (!(share >= 0 && share <= 1)) {
            throw bad(part, "a share must be between 0 and 1 (or 0% and 100%)");
        }
        return share;
    }

    private static int count(String part, String value, int min) {
        long n = Long.parseLong(value);
        if (n < min || n > Integer.MAX_VALUE) {
            throw bad(part, "must be a whole number of at least " + min);
        }
        return (int) n;
    }

    private static void checkShare(String name, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new FaultSpecException(name + " must be a share between 0 and 1: " + share);
        }
    }

    private static void addShare(List<String> parts, String name, double share) {
        if (share > 0) {
            parts.add(name + "=" + share);
        }
    }

    private static FaultSpecException bad(String part, String why) {
        return new FaultSpecException("bad fault spec part '" + part + "': " + why);
    }
}
