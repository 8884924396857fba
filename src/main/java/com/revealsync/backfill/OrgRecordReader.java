package com.revealsync.backfill;

import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceRecord;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads, object after object, the records lacking any of the fields to fill, in pages ordered by Id
 * ({@code ... AND Id > 'last' ORDER BY Id LIMIT n}). Paging by Id, not by query locator, makes it
 * restartable: {@link #update} stores the object and the Id of the last record handed out, and a
 * restart goes on after it, also in another process. Records filled meanwhile drop out of the
 * query by themselves; the Id keeps the ones that could not be filled from being read twice.
 */
final class OrgRecordReader extends ItemStreamSupport implements ItemStreamReader<OrgRecord> {

    private static final String OBJECT = "object.index";
    private static final String LAST_ID = "last.id";
    private static final String READ = "records.read";

    private final SalesforceGateway gateway;
    private final List<ObjectFill> objects;
    private final int pageSize;
    private final Deque<SalesforceRecord> page = new ArrayDeque<>();
    private int objectIndex;
    private String lastId;
    private long read;
    private boolean pageWasFull = true;

    OrgRecordReader(String name, SalesforceGateway gateway, List<ObjectFill> objects, int pageSize) {
        setName(name);
        this.gateway = gateway;
        this.objects = List.copyOf(objects);
        this.pageSize = pageSize;
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
                List<SalesforceRecord> next = gateway.query(soql(objects.get(objectIndex)));
                page.addAll(next);
                pageWasFull = next.size() >= pageSize;
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
        }
        return null;
    }

    private String soql(ObjectFill fill) {
        return "SELECT " + String.join(", ", fill.fieldsToRead()) + " FROM " + fill.type() + " WHERE " + fill.lacking()
                + (lastId == null ? "" : " AND Id > '" + lastId + "'") + " ORDER BY Id LIMIT " + pageSize;
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
