package com.revealsync.salesforce.usage;

import com.revealsync.salesforce.SalesforceException;

/** The org's API usage passed the share of its daily limit this application may use. */
public final class ApiBudgetExceededException extends SalesforceException {

    private final ApiUsage usage;
    private final double maxShare;

    public ApiBudgetExceededException(ApiUsage usage, double maxShare) {
        super(String.format(java.util.Locale.ROOT,
                "the org has used %d of its %d daily API requests (%.0f%%), past the %.0f%% this run may use;"
                        + " run the same command again later to resume",
                usage.current(), usage.limit(), usage.share() * 100, maxShare * 100));
        this.usage = usage;
        this.maxShare = maxShare;
    }

    public ApiUsage usage() {
        return usage;
    }

    public double maxShare() {
        return maxShare;
    }
}
