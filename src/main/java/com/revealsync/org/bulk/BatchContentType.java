package com.revealsync.org.bulk;

import java.util.Locale;

/**
 * The batch formats of a v1 job ({@code <contentType>} of the jobInfo) and the HTTP content type a
 * batch upload carries for each, as {@code BulkConnection} sends them.
 */
public enum BatchContentType {
    CSV("text/csv", false, true),
    XML("application/xml", false, false),
    ZIP_CSV("zip/csv", true, true),
    ZIP_XML("zip/xml", true, false);

    private final String mimeType;
    private final boolean zipped;
    private final boolean csv;

    BatchContentType(String mimeType, boolean zipped, boolean csv) {
        this.mimeType = mimeType;
        this.zipped = zipped;
        this.csv = csv;
    }

    public String mimeType() {
        return mimeType;
    }

    public boolean zipped() {
        return zipped;
    }

    public boolean csv() {
        return csv;
    }

    /** The job's content type; XML when none is given, as Salesforce defaults it. */
    public static BatchContentType parse(String text) {
        if (text == null || text.isBlank()) {
            return XML;
        }
        for (BatchContentType type : values()) {
            if (type.name().equals(text.trim())) {
                return type;
            }
        }
        throw BulkApiException.invalidJob("Unsupported contentType: " + text.trim()
                + " (this org supports CSV, XML, ZIP_CSV and ZIP_XML)");
    }

    /** Whether an upload's {@code Content-Type} header (parameters ignored) fits this job. */
    public boolean accepts(String httpContentType) {
        if (httpContentType == null) {
            return false;
        }
        String bare = httpContentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return bare.equals(mimeType);
    }
}
