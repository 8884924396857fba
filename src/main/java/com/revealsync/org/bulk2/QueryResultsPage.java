package com.revealsync.org.bulk2;

import com.revealsync.org.server.Exchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code GET .../jobs/query/{id}/results?locator=..&maxRecords=..}: one page of rows as CSV, with
 * {@code Sforce-NumberOfRecords} and {@code Sforce-Locator} (the next page, or {@code null}).
 */
final class QueryResultsPage {

    private QueryResultsPage() {
    }

    static void send(Exchange exchange, Job2 job) throws IOException {
        Bulk2Endpoint.requireFinished(job);
        Job2.QueryOutcome outcome = job.query();
        if (outcome == null) {
            throw Bulk2Exception.invalidJobState("Job " + job.spec().id() + " is " + job.state() + " and has no results");
        }
        int total = outcome.rows().size();
        int from = exchange.queryParameter("locator").map(QueryResultsPage::offset).orElse(0);
        int max = exchange.queryParameter("maxRecords").map(QueryResultsPage::maxRecords).orElse(total);
        if (from > total) {
            throw new Bulk2Exception(400, "INVALID_LOCATOR", "Invalid locator: it points past the last row");
        }
        int to = (int) Math.min((long) from + max, total);
        exchange.setHeader("Sforce-NumberOfRecords", String.valueOf(to - from));
        exchange.setHeader("Sforce-Locator", to < total ? locator(to) : "null");
        exchange.send(200, "text/csv; charset=UTF-8", Bulk2Results.queryPage(job, from, to));
    }

    private static String locator(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int offset(String locator) {
        try {
            return Integer.parseInt(new String(Base64.getUrlDecoder().decode(locator), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new Bulk2Exception(400, "INVALID_LOCATOR", "Invalid locator: " + locator);
        }
    }

    private static int maxRecords(String text) {
        try {
            int max = Integer.parseInt(text);
            if (max > 0) {
                return max;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new Bulk2Exception(400, "INVALIDPARAMETER", "maxRecords must be a positive whole number, not " + text);
    }
}
