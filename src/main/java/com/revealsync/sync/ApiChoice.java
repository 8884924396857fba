package com.revealsync.sync;

import java.util.Locale;

/** {@code --api auto|soap|bulk}. */
public enum ApiChoice {
    AUTO, SOAP, BULK;

    /** The write mode for a run of {@code rows} rows. */
    public WriteMode resolve(long rows, int bulkThreshold) {
        return switch (this) {
            case SOAP -> WriteMode.SOAP;
            case BULK -> WriteMode.BULK;
            case AUTO -> rows > bulkThreshold ? WriteMode.BULK : WriteMode.SOAP;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
