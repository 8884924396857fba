package com.revealsync.org.data.store;

import com.revealsync.org.data.schema.ObjectMeta;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Keeps settings for the life of the process and records nowhere but in the tables. */
final class MemoryPersistence implements Persistence {

    private final ConcurrentHashMap<String, String> settings = new ConcurrentHashMap<>();

    @Override
    public void load(ObjectMeta meta, Consumer<StoredRecord> sink) {
        // a new in-memory org starts empty
    }

    @Override
    public void save(Collection<StoredRecord> records) {
        // the tables are the only copy
    }

    @Override
    public Optional<String> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    @Override
    public void putSetting(String key, String value) {
        settings.put(key, value);
    }

    @Override
    public void commit() {
        // nothing to make durable
    }

    @Override
    public void close() {
        settings.clear();
    }
}
