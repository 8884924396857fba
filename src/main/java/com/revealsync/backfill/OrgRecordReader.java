package com.revealsync.backfill;

import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads, object after object, the records lacking any of the fields to fill, in pages ordered by Id
 * ({@code ... AND Id > 'last' ORDER BY Id LIMIT n}). Paging by Id, not by query locator, makes it
 * restartable: {@link #update} stores the object and the Id of the last record handed out, and a
 * restart goes on after it, also in another process. Records filled meanwhile drop out of the
 * query by themselves; the Id keeps the ones that could not be filled from being read twice.
 *
 * <p>An object with many such records (more than {@link Paging#bulkThreshold()}, counted once per
 * object) is read with Bulk API query jobs of {@link Paging#bulkPageSize()} records each instead of
 * SOAP pages: a handful of calls per job whatever its size. Bulk results may repeat a record (a
 * download resent after a fault), so each page is deduplicated, keeping the order of the query (by Id).
 */
final class OrgRecordReader extends ItemStreamSupport implements ItemStreamReader<OrgRecord> {

    private static final String OBJECT = "object.index";
    private static final String LAST_ID = "last.id";
    private static final String READ = "records.read";

    /**
     * @param pageSize records per SOAP page
     * @param bulkThreshold more records lacking fields than this: Bulk query jobs
     * @param bulkPageSize records per Bulk query job
     */
    record Paging(int pageSize, int bulkThreshold, int bulkPageSize) {
    }

    private final SalesforceGateway gateway;
    private final List<ObjectFill> objects;
    private final Paging paging;
    private final Deque<SalesforceRecord> page = new ArrayDeque<>();
    private Boolean bulk;
    private int objectIndex;
    private String lastId;
    private long read;
    private boolean pageWasFull = true;

    OrgRecordReader(String name, SalesforceGateway gateway, List<ObjectFill> objects, Paging paging) {
        setName(name);
        this.gateway = gateway;
        this.objects = List.copyOf(objects);
        this.paging = paging;
    }

    @Override
    public void open(ExecutionContext context) {
        objectIndex = context.getInt(getExecutionContextKey(OBJECT), 0);
        lastId = context.containsKey(getExecutionContextKey(LAST_ID)) ? context.getString(getExecutionContextKey(LAST_ID)) : null;
        read = context.getLong(getExecutionContextKey(READ), 0);
    }

    @Override
    public OrgRecord read() {
        while (objectIndex < objects.size()) {
            if (page.isEmpty() && pageWasFull) {
                ObjectFill fill = objects.get(objectIndex);
                if (bulk == null) {
                    bulk = gateway.count("SELECT COUNT() FROM " + fill.type() + " WHERE " + fill.lacking())
                            > paging.bulkThreshold();
                }
                int size = bulk ? paging.bulkPageSize() : paging.pageSize();
                List<SalesforceRecord> next = bulk ? bulkPage(fill, size) : gateway.query(soql(fill, size));
                page.addAll(next);
                pageWasFull = next.size() >= size;
            }
            SalesforceRecord r = page.poll();
            if (r != null) {
                OrgRecord record = new OrgRecord(++read, objects.get(objectIndex).type(), r);
                lastId = record.id();
                return record;
            }
            objectIndex++;
            lastId = null;
            pageWasFull = true;
            bulk = null;
        }
        return null;
    }

    private List<SalesforceRecord> bulkPage(ObjectFill fill, int size) {
        Map<String, SalesforceRecord> byId = new LinkedHashMap<>(); // in the query's Id order
        gateway.bulkQuery(fill.type().name(), soql(fill, size), r -> byId.putIfAbsent(r.id(), r));
        return new ArrayList<>(byId.values());
    }

    private String soql(ObjectFill fill, int size) {
        return "SELECT " + String.join(", ", fill.fieldsToRead()) + " FROM " + fill.type() + " WHERE " + fill.lacking()
                + (lastId == null ? "" : " AND Id > '" + lastId + "'") + " ORDER BY Id LIMIT " + size;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(getExecutionContextKey(OBJECT), objectIndex);
        if (lastId == null) {
            context.remove(getExecutionContextKey(LAST_ID));
        } else {
            context.putString(getExecutionContextKey(LAST_ID), lastId);
        }
        context.putLong(getExecutionContextKey(READ), read);
    }
}
