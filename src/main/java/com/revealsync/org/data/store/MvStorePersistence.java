package com.revealsync.org.data.store;

import com.revealsync.org.data.schema.ObjectMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * Records in H2's MVStore: one map per sObject ({@code rec.<object>}: id -> encoded record) and
 * one map of settings.
 * Each DML call commits once, so a call's records are on disk when it returns.
 */
final class MvStorePersistence implements Persistence {

    static final String FILE_NAME = "org.mv.db";

    private final MVStore store;
    private final MVMap<String, String> settings;
    private final Map<String, MVMap<String, byte[]>> recordMaps = new ConcurrentHashMap<>();

    private MvStorePersistence(MVStore store) {
        this.store = store;
        this.settings = store.openMap("settings");
    }

    static MvStorePersistence open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the org data folder " + dataDir, e);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            return new MvStorePersistence(new MVStore.Builder().fileName(file.toString()).compress().open());
        } catch (MVStoreException e) {
            throw new IllegalStateException("cannot open the org data file " + file + ": " + e.getMessage(), e);
        }
    }

    private MVMap<String, byte[]> records(String objectName) {
        return recordMaps.computeIfAbsent(objectName, name -> store.openMap("rec." + name,
                new MVMap.Builder<String, byte[]>().keyType(StringDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE)));
    }

    @Override
    public void load(ObjectMeta meta, Consumer<StoredRecord> sink) {
        for (Map.Entry<String, byte[]> entry : records(meta.name()).entrySet()) {
            sink.accept(RecordCodec.decode(meta, entry.getKey(), entry.getValue()));
        }
    }

    @Override
    public void save(Collection<StoredRecord> records) {
        for (StoredRecord record : records) {
            records(record.meta().name()).put(record.id(), RecordCodec.encode(record));
        }
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
        store.commit();
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}
