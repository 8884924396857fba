package com.revealsync.salesforce.usage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org's own count of API requests in the last 24 hours and its daily limit, as it reports them
 * in the SOAP {@code LimitInfoHeader} ({@code API REQUESTS}) or the {@code Sforce-Limit-Info}
 * HTTP header ({@code api-usage=12/15000}).
 */
public record ApiUsage(long current, long limit) {

    private static final Pattern HEADER = Pattern.compile(
            "(?<![\\w-])api-usage\\s*=\\s*(\\d+)\\s*/\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    public ApiUsage {
        if (current < 0 || limit < 0) {
            throw new IllegalArgumentException("API usage cannot be negative: " + current + "/" + limit);
        }
    }

    /** The share of the daily limit used, 0 when the org reports no limit. */
    public double share() {
        return limit == 0 ? 0 : (double) current / limit;
    }

    /** Reads a {@code Sforce-Limit-Info} header value; empty when it holds no api-usage. */
    public static Optional<ApiUsage> fromLimitInfoHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(value);
        return m.find() ? Optional.of(new ApiUsage(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return current + "/" + limit;
    }
}
