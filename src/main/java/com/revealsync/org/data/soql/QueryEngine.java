package com.revealsync.org.data.soql;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.store.ObjectTable;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs SOQL: compiles the query, collects its rows under the read lock (from an index where the
 * WHERE clause allows, else by scanning the object), sorts and limits them, and pages them out.
 * Deleted records are returned by {@link #queryAll} only; {@link #query} and {@link #retrieve}
 * leave them out, as Salesforce does.
 */
public final class QueryEngine {

    /** Salesforce's default and bounds for a query's batch size. */
    public static final int DEFAULT_BATCH = 500;
    public static final int MIN_BATCH = 200;
    public static final int MAX_BATCH = 2000;

    private final OrgStore store;
    private final QueryCompiler compiler;
    private final QueryCursors cursors = new QueryCursors();

    public QueryEngine(OrgStore store, Clock clock) {
        this.store = store;
        this.compiler = new QueryCompiler(store, clock);
    }

    public QueryPage query(String soql, int batchSize) {
        return run(soql, batchSize, false);
    }

    /** As {@link #query}, deleted records included; its locator pages on through {@link #queryMore}. */
    public QueryPage queryAll(String soql, int batchSize) {
        return run(soql, batchSize, true);
    }

    private QueryPage run(String soql, int batchSize, boolean withDeleted) {
        if (soql == null || soql.isBlank()) {
            throw new OrgFault(OrgFault.Kind.MALFORMED_QUERY, "MALFORMED_QUERY", "empty query", 1, 1);
        }
        return store.read(() -> {
            CompiledQuery query = compiler.compile(soql);
            List<StoredRecord> rows = rows(query, withDeleted);
            if (query.count()) {
                return new QueryPage(List.of(), rows.size(), true, null);
            }
            QueryCursors.Cursor cursor = new QueryCursors.Cursor(rows, query.projection());
            return page(null, cursor, 0, batchSize);
        });
    }

    public QueryPage queryMore(String locator, int batchSize) {
        Map.Entry<QueryCursors.Cursor, Integer> found = cursors.take(locator);
        String cursorId = locator.substring(0, locator.lastIndexOf('-'));
        return store.read(() -> page(cursorId, found.getKey(), found.getValue(), batchSize));
    }

    /** The records with the given ids and fields; empty where a record is absent or deleted. */
    public List<Optional<QueryRecord>> retrieve(String fieldList, String objectName, List<String> ids) {
        String soql = "SELECT " + fieldList + " FROM " + objectName;
        return store.read(() -> {
            CompiledQuery query = compileForRetrieve(soql);
            ObjectTable table = store.table(query.object());
            List<Optional<QueryRecord>> out = new ArrayList<>(ids.size());
            for (String raw : ids) {
                String id = SalesforceIds.normalize(raw == null ? null : raw.strip()).orElseThrow(() ->
                        new OrgFault(OrgFault.Kind.INVALID_ID, "MALFORMED_ID", "malformed id " + raw));
                out.add(table.get(id).filter(r -> !r.isDeleted()).map(r -> query.projection().apply(r, store)));
            }
            return out;
        });
    }

    /** retrieve names fields, not a query: its faults carry the reason alone, with no query text or position. */
    private CompiledQuery compileForRetrieve(String soql) {
        try {
            return compiler.compile(soql);
        } catch (OrgFault fault) {
            String message = fault.getMessage();
            String reason = message.substring(message.indexOf('\n', message.indexOf("ERROR at Row:")) + 1);
            throw new OrgFault(fault.kind(), fault.exceptionCode(), reason);
        }
    }

    /**
     * The matching rows, sorted and limited. With deleted records the object is always scanned: the
     * value and n-gram indexes hold live records only, so their candidates would miss deleted ones.
     */
    private List<StoredRecord> rows(CompiledQuery query, boolean withDeleted) {
        ObjectTable table = store.table(query.object());
        List<StoredRecord> rows = new ArrayList<>();
        Collection<StoredRecord> source = query.candidateIds().filter(ids -> !withDeleted)
                .map(ids -> ids.stream().map(id -> table.get(id).orElseThrow()).toList())
                .orElseGet(() -> List.copyOf(table.all()));
        for (StoredRecord record : source) {
            if ((withDeleted || !record.isDeleted()) && query.filter().test(record)) {
                rows.add(record);
            }
        }
        if (query.order() != null) {
            rows.sort(query.order());
        }
        int from = query.offset() == null ? 0 : Math.min(query.offset(), rows.size());
        int to = query.limit() == null ? rows.size() : Math.min(rows.size(), from + query.limit());
        return from == 0 && to == rows.size() ? rows : new ArrayList<>(rows.subList(from, to));
    }

    private QueryPage page(String cursorId, QueryCursors.Cursor cursor, int offset, int batchSize) {
        int size = clamp(batchSize);
        int end = Math.min(cursor.rows().size(), offset + size);
        List<QueryRecord> records = new ArrayList<>(end - offset);
        for (StoredRecord record : cursor.rows().subList(offset, end)) {
            records.add(cursor.projection().apply(record, store));
        }
        boolean done = end >= cursor.rows().size();
        String locator = null;
        if (done && cursorId != null) {
            cursors.close(cursorId);
        } else if (!done && cursorId != null) {
            cursors.next(cursorId, end);
            locator = cursorId + "-" + end;
        } else if (!done) {
            locator = cursors.open(cursor, end) + "-" + end;
        }
        return new QueryPage(records, cursor.rows().size(), done, locator);
    }

    /** Salesforce's batch size: 500 unless asked, and never under 200 or over 2,000. */
    public static int clamp(int batchSize) {
        if (batchSize <= 0) {
            return DEFAULT_BATCH;
        }
        return Math.max(MIN_BATCH, Math.min(MAX_BATCH, batchSize));
    }
}
