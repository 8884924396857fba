package com.revealsync.org.data.soql;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.id.IdSequence;
import com.revealsync.org.data.store.StoredRecord;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open query cursors: the rows of a query (immutable record snapshots) kept for queryMore. A
 * locator is {@code <cursor id>-<offset>} as Salesforce writes it. The oldest cursors are
 * dropped past a bound, as Salesforce drops them; an unknown one is INVALID_QUERY_LOCATOR.
 * Salesforce says to use each locator once: a cursor takes only the locator of its next page, once
 * ({@link #take}); the same locator sent again (a queryMore resent after its answer was lost) is
 * INVALID_QUERY_LOCATOR too.
 */
final class QueryCursors {

    /** The rows of one query and how to show them. */
    record Cursor(List<StoredRecord> rows, Projection projection) {
    }

    private static final int MAX_OPEN = 100;

    /** A locator being answered: none of its cursor's is valid meanwhile. */
    private static final int TAKEN = -1;

    private final IdSequence ids = new IdSequence("01g", 0);
    /** Per open cursor, the offset of the one locator it takes next. */
    private final Map<String, Integer> nextOffsets = new HashMap<>();
    private final Map<String, Cursor> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cursor> eldest) {
            if (size() > MAX_OPEN) {
                nextOffsets.remove(eldest.getKey());
                return true;
            }
            return false;
        }
    };

    /** Opens a cursor whose next page starts at {@code next}; its id. */
    synchronized String open(Cursor cursor, int next) {
        String id = ids.next();
        open.put(id, cursor);
        nextOffsets.put(id, next);
        return id;
    }

    /**
     * The cursor and the offset a locator names, taken: until {@link #next} names the page after,
     * no locator of that cursor is valid.
     */
    synchronized Map.Entry<Cursor, Integer> take(String locator) {
        int dash = locator == null ? -1 : locator.lastIndexOf('-');
        String id = dash < 0 ? null : locator.substring(0, dash);
        Cursor cursor = id == null ? null : open.get(id);
        Integer offset = dash < 0 ? null : parseOffset(locator.substring(dash + 1));
        if (cursor == null || offset == null || !offset.equals(nextOffsets.get(id))) {
            throw new OrgFault(OrgFault.Kind.INVALID_QUERY_LOCATOR, "INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        nextOffsets.put(id, TAKEN);
        return Map.entry(cursor, offset);
    }

    /** The cursor's next page starts at {@code offset}. */
    synchronized void next(String cursorId, int offset) {
        if (open.containsKey(cursorId)) {
            nextOffsets.put(cursorId, offset);
        }
    }

    synchronized void close(String cursorId) {
        open.remove(cursorId);
        nextOffsets.remove(cursorId);
    }

    private static Integer parseOffset(String text) {
        return text.matches("\\d{1,9}") ? Integer.parseInt(text) : null;
    }
}
