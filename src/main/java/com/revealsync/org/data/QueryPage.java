package com.revealsync.org.data;

import java.util.List;

/** One page of a query: its records, the total row count, and a locator when more remain. */
public record QueryPage(List<QueryRecord> records, int totalSize, boolean done, String queryLocator) {
    public QueryPage {
        records = List.copyOf(records);
    }
}
