package com.revealsync.org.limits;

/** The kinds of API call the org counts, as {@code org stats} shows them. */
public enum ApiKind {
    SOAP(true),
    BULK_V1(true),
    BULK_V2(true),
    /** Token requests: counted, but, as in Salesforce, not against the daily API request limit. */
    OAUTH(false);

    private final boolean limited;

    ApiKind(boolean limited) {
        this.limited = limited;
    }

    /** Whether a call of this kind counts against the daily API request limit. */
    public boolean limited() {
        return limited;
    }
}
