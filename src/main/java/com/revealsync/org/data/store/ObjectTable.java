package com.revealsync.org.data.store;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.schema.ObjectMeta;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records of one sObject in memory, in id order (ids are issued in ascending order), with
 * case-insensitive indexes on the look-up fields (Email, Name, external ids, unique fields).
 * Deleted records stay (Salesforce's recycle bin) but leave the indexes. Text fields searched with
 * LIKE get an n-gram index on first use ({@link #likeCandidates}). Not thread-safe: the database
 * guards it with its lock (queries share it; an n-gram index built by a query is built once).
 */
public final class ObjectTable {

    /** The shortest LIKE piece the n-gram index answers. */
    public static final int LIKE_PIECE_MIN = NgramIndex.N;

    private final ObjectMeta meta;
    private final Map<String, StoredRecord> byId = new LinkedHashMap<>();
    private final Map<Integer, ValueIndex> indexes = new HashMap<>();
    /** Built on a LIKE's first use (under the shared lock, hence synchronized and concurrent). */
    private final Map<Integer, NgramIndex> ngrams = new ConcurrentHashMap<>();
    private long live;

    public ObjectTable(ObjectMeta meta) {
        this.meta = meta;
        for (int i = 0; i < meta.fieldCount(); i++) {
            FieldSchema field = meta.field(i);
            boolean indexed = field.idLookup() || field.externalId() || field.unique();
            if (indexed && !"id".equals(field.type())) {
                indexes.put(i, new ValueIndex());
            }
        }
    }

    public ObjectMeta meta() {
        return meta;
    }

    /** Any record with this id, deleted or not. */
    public Optional<StoredRecord> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Stores a new record or the new version of an existing one, keeping the indexes right. */
    public void put(StoredRecord record) {
        StoredRecord old = byId.put(record.id(), record);
        if (old != null && !old.isDeleted()) {
            live--;
            indexes.forEach((at, index) -> index.remove(old.value(at), old.id()));
            ngrams.forEach((at, index) -> index.remove(old.value(at), old.id()));
        }
        if (!record.isDeleted()) {
            live++;
            indexes.forEach((at, index) -> index.add(record.value(at), record.id()));
            ngrams.forEach((at, index) -> index.add(record.value(at), record.id()));
        }
    }

    /** Forgets a record entirely (rolling back its creation). */
    public void remove(String id) {
        StoredRecord old = byId.remove(id);
        if (old != null && !old.isDeleted()) {
            live--;
            indexes.forEach((at, index) -> index.remove(old.value(at), old.id()));
            ngrams.forEach((at, index) -> index.remove(old.value(at), old.id()));
        }
    }

    /**
     * Ids of live records whose text field may contain {@code foldedPiece} ({@link TextFold}; at
     * least {@link #LIKE_PIECE_MIN} characters): a superset for a LIKE's filter to check.
     */
    public List<String> likeCandidates(int position, String foldedPiece) {
        if (foldedPiece.length() < LIKE_PIECE_MIN) {
            throw new IllegalArgumentException("a piece of " + foldedPiece.length() + " characters has no n-gram");
        }
        NgramIndex index = ngrams.get(position);
        if (index == null) {
            index = buildNgrams(position);
        }
        return index.candidates(foldedPiece);
    }

    private synchronized NgramIndex buildNgrams(int position) {
        NgramIndex built = ngrams.get(position);
        if (built == null) {
            built = new NgramIndex();
            for (StoredRecord record : byId.values()) {
                if (!record.isDeleted()) {
                    built.add(record.value(position), record.id());
                }
            }
            ngrams.put(position, built);
        }
        return built;
    }

    public boolean isIndexed(int position) {
        return indexes.containsKey(position);
    }

    /** Ids of live records whose field holds this value, case-insensitively. */
    public List<String> lookup(int position, Object value) {
        ValueIndex index = indexes.get(position);
        if (index == null) {
            throw new IllegalArgumentException(meta.field(position).name() + " is not indexed");
        }
        return index.find(value);
    }

    /** All records, deleted ones included, in id order. */
    public Collection<StoredRecord> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public long liveCount() {
        return live;
    }
}
