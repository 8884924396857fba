package com.revealsync.org.data.store;

import com.revealsync.org.data.id.IdSequence;
import com.revealsync.org.data.id.SalesforceIds;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.schema.OrgSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Every record of the org in memory, one {@link ObjectTable} per sObject, written through to a
 * {@link Persistence}. One read-write lock guards it all: queries share it, each DML call holds it
 * exclusively (a call may touch several objects, and checks such as unique values must see the
 * call's own earlier records), and its changes are written and committed before the lock is let go.
 */
public final class OrgStore implements AutoCloseable {

    private final OrgSchema schema;
    private final Persistence persistence;
    private final Map<ObjectMeta, ObjectTable> tables = new LinkedHashMap<>();
    private final Map<String, IdSequence> sequences = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<StoredRecord> pending = new ArrayList<>();
    private final Map<String, Optional<StoredRecord>> before = new HashMap<>();

    public OrgStore(OrgSchema schema, Persistence persistence) {
        this.schema = schema;
        this.persistence = persistence;
        for (ObjectMeta meta : schema.objects()) {
            ObjectTable table = new ObjectTable(meta);
            persistence.load(meta, table::put);
            tables.put(meta, table);
        }
    }

    public OrgSchema schema() {
        return schema;
    }

    public Persistence persistence() {
        return persistence;
    }

    public ObjectTable table(ObjectMeta meta) {
        return tables.get(meta);
    }

    /** Any record by 18-character id, deleted or not; the key prefix tells the object. */
    public Optional<StoredRecord> find(String id18) {
        return schema.byKeyPrefix(SalesforceIds.keyPrefix(id18)).flatMap(meta -> tables.get(meta).get(id18));
    }

    /** A record by id that exists and is not deleted. */
    public Optional<StoredRecord> findLive(String id18) {
        return find(id18).filter(r -> !r.isDeleted());
    }

    /** Runs a reader under the shared lock. */
    public <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs a writer under the exclusive lock, then writes its records through and commits. Records
     * a failing writer stored before it failed are in the tables, so they are written too. A writer
     * running inside another shares its commit.
     */
    public <T> T write(Supplier<T> writer) {
        lock.writeLock().lock();
        if (lock.getWriteHoldCount() > 1) {
            try {
                return writer.get();
            } finally {
                lock.writeLock().unlock();
            }
        }
        try {
            return writer.get();
        } finally {
            try {
                flush();
            } finally {
                pending.clear();
                before.clear();
                lock.writeLock().unlock();
            }
        }
    }

    /** Undoes every change of the current {@link #write}: nothing of it is kept or persisted. */
    public void rollback() {
        requireWriteLock();
        before.forEach((id, previous) -> {
            ObjectTable table = find(id).map(r -> tables.get(r.meta())).orElseThrow();
            if (previous.isPresent()) {
                table.put(previous.get());
            } else {
                table.remove(id);
            }
        });
        pending.clear();
        before.clear();
    }

    /** Stores a record; only inside {@link #write}. */
    public void put(StoredRecord record) {
        requireWriteLock();
        ObjectTable table = tables.get(record.meta());
        before.computeIfAbsent(record.id(), table::get);
        table.put(record);
        pending.add(record);
    }

    /** The next id of an object; only inside {@link #write}, so the counter is saved with the records. */
    public String nextId(ObjectMeta meta) {
        requireWriteLock();
        return sequences.computeIfAbsent(meta.keyPrefix(), prefix -> new IdSequence(prefix,
                persistence.setting(counterKey(prefix)).map(Long::parseLong).orElse(0L))).next();
    }

    public Map<String, Long> liveCounts() {
        return read(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach((meta, table) -> counts.put(meta.name(), table.liveCount()));
            return counts;
        });
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        persistence.save(pending);
        sequences.values().forEach(s -> persistence.putSetting(counterKey(s.prefix()), Long.toString(s.lastIssued())));
        persistence.commit();
    }

    private void requireWriteLock() {
        if (!lock.isWriteLockedByCurrentThread()) {
            throw new IllegalStateException("records are changed only inside OrgStore.write");
        }
    }

    private static String counterKey(String prefix) {
        return "id.counter." + prefix;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            persistence.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
