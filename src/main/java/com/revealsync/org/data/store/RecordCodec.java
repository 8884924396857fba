package com.revealsync.org.data.store;

import com.revealsync.org.data.schema.ObjectMeta;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The on-disk form of a record: its non-null values as (field name, tag, value) triples. Keyed by
 * field name, not position, so a record saved before a field was added to the metadata still
 * reads; a field that no longer exists is dropped on reading.
 */
final class RecordCodec {

    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DECIMAL = 3;
    private static final byte BOOLEAN = 4;
    private static final byte DATE = 5;
    private static final byte INSTANT = 6;

    private RecordCodec() {
    }

    static byte[] encode(StoredRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ObjectMeta meta = record.meta();
            int count = 0;
            for (int i = 0; i < meta.fieldCount(); i++) {
                if (record.value(i) != null) {
                    count++;
                }
            }
            out.writeShort(count);
            for (int i = 0; i < meta.fieldCount(); i++) {
                Object value = record.value(i);
                if (value != null) {
                    out.writeUTF(meta.field(i).name());
                    writeValue(out, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static StoredRecord decode(ObjectMeta meta, String id, byte[] data) {
        Object[] values = new Object[meta.fieldCount()];
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int count = in.readUnsignedShort();
            for (int n = 0; n < count; n++) {
                String name = in.readUTF();
                Object value = readValue(in);
                int at = meta.position(name);
                if (at >= 0) {
                    values[at] = value;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stored " + meta.name() + " " + id, e);
        }
        return new StoredRecord(meta, id, values);
    }

    private static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte(STRING);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof BigDecimal d) {
            out.writeByte(DECIMAL);
            out.writeUTF(d.toString());
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (value instanceof Instant t) {
            out.writeByte(INSTANT);
            out.writeLong(t.toEpochMilli());
        } else {
            throw new IllegalArgumentException("cannot store a " + value.getClass().getName());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case STRING -> {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                yield new String(utf8, StandardCharsets.UTF_8);
            }
            case LONG -> in.readLong();
            case DECIMAL -> new BigDecimal(in.readUTF());
            case BOOLEAN -> in.readBoolean();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case INSTANT -> Instant.ofEpochMilli(in.readLong());
            default -> throw new IOException("unknown value tag " + tag);
        };
    }
}
