package com.revealsync.salesforce.usage;

import java.util.Optional;

/**
 * The API budget guard: a run may use the org's daily API limit up to a configured share (0.9 by
 * default) and then stops cleanly, to be resumed once the org's rolling 24-hour usage has dropped.
 * The sync calls {@link #check} between chunks, so it never stops half-way through a chunk.
 */
public final class ApiBudget {

    private final double maxShare;

    /** @param maxShare the share of the daily limit a run may reach, in (0, 1]. */
    public ApiBudget(double maxShare) {
        if (!(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("the API budget share must be in (0, 1], got " + maxShare);
        }
        this.maxShare = maxShare;
    }

    public double maxShare() {
        return maxShare;
    }

    public boolean isExceeded(ApiUsage usage) {
        return usage.limit() > 0 && usage.current() >= usage.limit() * maxShare;
    }

    /**
     * @throws ApiBudgetExceededException when the org's latest reported usage has reached the share;
     *     nothing happens when the org has not reported any usage yet.
     */
    public void check(Optional<ApiUsage> latest) {
        latest.filter(this::isExceeded).ifPresent(usage -> {
            throw new ApiBudgetExceededException(usage, maxShare);
        });
    }
}
