package com.revealsync.org.data.store;

import com.revealsync.org.data.schema.ObjectMeta;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the org's records and settings outlive the process. The database keeps every record in
 * memory and writes each change through to here; on open it reads everything back.
 */
public interface Persistence extends AutoCloseable {

    /** Reads every stored record of an object. */
    void load(ObjectMeta meta, Consumer<StoredRecord> sink);

    /** Writes new or changed records (made durable by the next {@link #commit()}). */
    void save(Collection<StoredRecord> records);

    Optional<String> setting(String key);

    void putSetting(String key, String value);

    /** Makes everything written so far durable. */
    void commit();

    @Override
    void close();

    /** Nothing outlives the process. */
    static Persistence none() {
        return new MemoryPersistence();
    }

    /** H2's MVStore in {@code dataDir/org.mv.db}. */
    static Persistence mvStore(Path dataDir) {
        return MvStorePersistence.open(dataDir);
    }
}
