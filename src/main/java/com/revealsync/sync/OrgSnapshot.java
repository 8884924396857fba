package com.revealsync.sync;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.match.ExistingRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A run's copy of the org's Leads, Contacts and Accounts (the fields the lookups read), indexed the
 * way matching searches them: people by Lusha id and by email, Accounts by Lusha company id,
 * website domain and name. Kept in a temporary file (H2's MVStore, a small page cache), so memory
 * does not grow with the org; the file is deleted on {@link #close()}. Not thread-safe.
 */
final class OrgSnapshot implements AutoCloseable {

    /** The indexes; a key is {@code kind NUL value NUL id}. */
    enum Index { PERSON_LUSHA_ID, LEAD_EMAIL, CONTACT_EMAIL, ACCOUNT_COMPANY_ID, ACCOUNT_DOMAIN, ACCOUNT_NAME }

    private static final char SEP = '\0';
    /** Page cache of the store, MB. */
    private static final int CACHE_MB = 8;

    private final Path file;
    private final MVStore store;
    private final MVMap<String, byte[]> records;
    private final MVMap<String, String> index;
    /** Field names, coded as their position here: records store the code, decoded records share the name. */
    private final Map<String, Integer> nameCodes = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private long size;

    private OrgSnapshot(Path file) {
        this.file = file;
        this.store = new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).open();
        this.records = store.openMap("records");
        this.index = store.openMap("index");
    }

    /** A new, empty snapshot in a temporary file. */
    static OrgSnapshot create() {
        try {
            Path file = Files.createTempFile("reveal-sync-lookups-", ".mv.db");
            Files.delete(file); // MVStore creates it
            file.toFile().deleteOnExit();
            return new OrgSnapshot(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the lookup snapshot file: " + e.getMessage(), e);
        }
    }

    /** Adds a record, or replaces the one with its id (its old index entries go). */
    void put(ExistingRecord record) {
        byte[] old = records.put(record.id(), encode(record));
        if (old != null) {
            keys(decode(record.id(), old)).forEach(index::remove);
        } else {
            size++;
        }
        keys(record).forEach(k -> index.put(k, ""));
    }

    /** The record with this id, with {@code values} merged over what it held (text values). */
    void merge(RecordType type, String id, Map<String, String> values) {
        ExistingRecord current = get(id);
        Map<String, String> fields = new HashMap<>(current == null ? Map.of() : current.fields());
        values.forEach((k, v) -> fields.put(k.toLowerCase(Locale.ROOT), v));
        put(new ExistingRecord(current == null ? type : current.type(), id, fields));
    }

    ExistingRecord get(String id) {
        byte[] data = records.get(id);
        return data == null ? null : decode(id, data);
    }

    /** The records an index holds under {@code value} (already normalised as the index is). */
    List<ExistingRecord> find(Index kind, String value) {
        List<ExistingRecord> found = new ArrayList<>(1);
        for (String id : ids(kind, value)) {
            ExistingRecord r = get(id);
            if (r != null) {
                found.add(r);
            }
        }
        return found;
    }

    /** The ids of the records an index holds under {@code value}, in id order. */
    List<String> ids(Index kind, String value) {
        if (value == null) {
            return List.of();
        }
        String prefix = kind.ordinal() + "" + SEP + value + SEP;
        List<String> ids = new ArrayList<>(1);
        Iterator<String> keys = index.keyIterator(prefix);
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            ids.add(key.substring(prefix.length()));
        }
        return ids;
    }

    long size() {
        return size;
    }

    @Override
    public void close() {
        store.closeImmediately();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the lookup snapshot file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> keys(ExistingRecord r) {
        List<String> keys = new ArrayList<>(3);
        RecordKeys.each(r, (kind, value) -> keys.add(index(kind, r.type()).ordinal() + "" + SEP + value + SEP + r.id()));
        return keys;
    }

    private static Index index(RecordKeys.Kind kind, RecordType type) {
        return switch (kind) {
            case LUSHA -> Index.PERSON_LUSHA_ID;
            case EMAIL -> type == RecordType.Lead ? Index.LEAD_EMAIL : Index.CONTACT_EMAIL;
            case COMPANY -> Index.ACCOUNT_COMPANY_ID;
            case DOMAIN -> Index.ACCOUNT_DOMAIN;
            case NAME -> Index.ACCOUNT_NAME;
        };
    }

    private byte[] encode(ExistingRecord r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(r.type().ordinal());
            out.writeInt(r.fields().size());
            for (Map.Entry<String, String> e : r.fields().entrySet()) {
                out.writeShort(nameCode(e.getKey()));
                text(out, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private int nameCode(String name) {
        return nameCodes.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    private ExistingRecord decode(String id, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            RecordType type = RecordType.values()[in.readByte()];
            int count = in.readInt();
            Map<String, String> fields = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                fields.put(names.get(in.readUnsignedShort()), text(in));
            }
            return new ExistingRecord(type, id, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Length-prefixed UTF-8 (writeUTF stops at 65,535 bytes; a Description may be longer). */
    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
