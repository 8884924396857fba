package com.revealsync.org.data.soql;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.id.IdSequence;
import com.revealsync.org.data.store.StoredRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open query cursors: the rows of a query (immutable record snapshots) kept for queryMore. A
 * locator is {@code <cursor id>-<offset>} as Salesforce writes it. The oldest cursors are
 * dropped past a bound, as Salesforce drops them; an unknown one is INVALID_QUERY_LOCATOR.
 */
final class QueryCursors {

    /** The rows of one query and how to show them. */
    record Cursor(List<StoredRecord> rows, Projection projection) {
    }

    private static final int MAX_OPEN = 100;

    private final IdSequence ids = new IdSequence("01g", 0);
    private final Map<String, Cursor> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
            return size() > MAX_OPEN;
        }
    };

    synchronized String open(Cursor cursor) {
        String id = ids.next();
        open.put(id, cursor);
        return id;
    }

    /** The cursor and the offset a locator names. */
    synchronized Map.Entry<Cursor, Integer> find(String locator) {
        int dash = locator == null ? -1 : locator.lastIndexOf('-');
        Cursor cursor = dash < 0 ? null : open.get(locator.substring(0, dash));
        Integer offset = dash < 0 ? null : parseOffset(locator.substring(dash + 1));
        if (cursor == null || offset == null || offset > cursor.rows().size()) {
            throw new OrgFault(OrgFault.Kind.INVALID_QUERY_LOCATOR, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        return Map.entry(cursor, offset);
    }

    synchronized void close(String cursorId) {
        open.remove(cursorId);
    }

    private static Integer parseOffset(String text) {
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : null;
    }
}
