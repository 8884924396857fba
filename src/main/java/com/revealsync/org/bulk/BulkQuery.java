package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgData;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/** Runs the SOQL of a bulk query job to the end, page by page, through the org's {@link OrgData}. */
public final class BulkQuery {

    private static final int PAGE = 2000;
    private static final Pattern AGGREGATE = Pattern.compile("(?i)^\\s*select\\s+count\\s*\\(");

    private BulkQuery() {
    }

    /**
     * @param progress told the number of rows fetched so far after each page
     * @throws BulkApiException InvalidBatch for an empty, aggregate or faulty query
     */
    public static List<QueryRecord> all(OrgData data, String soql, IntConsumer progress) {
        if (soql == null || soql.isBlank()) {
            throw BulkApiException.invalidBatch("Failed to process query: the batch holds no query");
        }
        if (AGGREGATE.matcher(soql).find()) {
            throw BulkApiException.invalidBatch("Failed to process query: aggregate queries such as COUNT()"
                    + " are not supported by Bulk query");
        }
        List<QueryRecord> rows = new ArrayList<>();
        try {
            QueryPage page = data.query(soql, PAGE);
            rows.addAll(page.records());
            while (!page.done()) {
                progress.accept(rows.size());
                page = data.queryMore(page.queryLocator(), PAGE);
                rows.addAll(page.records());
            }
        } catch (OrgFault e) {
            throw BulkApiException.invalidBatch("Failed to process query: " + e.exceptionCode() + ": " + e.getMessage());
        }
        return rows;
    }
}
