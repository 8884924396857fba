package com.revealsync.lusha;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row's known field values, immutable, in field order (as an {@code EnumMap} iterates): which
 * fields are present as one bit each, their values packed ({@link PackedCells}), so a row held by a
 * Bulk chunk does not keep one string object per value. Each read makes the value's string.
 */
final class FieldValues extends AbstractMap<LushaField, String> {

    private static final LushaField[] FIELDS = LushaField.values();

    static {
        if (FIELDS.length > Long.SIZE) {
            throw new IllegalStateException("FieldValues keeps one bit per field: at most 64 fields");
        }
    }

    private final long present;
    private final PackedCells values;

    private FieldValues(long present, PackedCells values) {
        this.present = present;
        this.values = values;
    }

    /** The non-null values of {@code values}. */
    static FieldValues of(Map<LushaField, String> values) {
        if (values instanceof FieldValues packed) {
            return packed;
        }
        long present = 0;
        List<String> inOrder = new ArrayList<>(values.size());
        for (LushaField field : FIELDS) {
            String value = values.get(field);
            if (value != null) {
                present |= 1L << field.ordinal();
                inOrder.add(value);
            }
        }
        return new FieldValues(present, PackedCells.of(inOrder));
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof LushaField field) || (present & bit(field)) == 0) {
            return null;
        }
        return values.get(Long.bitCount(present & (bit(field) - 1)));
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof LushaField field && (present & bit(field)) != 0;
    }

    @Override
    public int size() {
        return values.size();
    }

    private static long bit(LushaField field) {
        return 1L << field.ordinal();
    }

    @Override
    public Set<Entry<LushaField, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<LushaField, String>> iterator() {
                return new Iterator<>() {
                    private long left = present;
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return left != 0;
                    }

                    @Override
                    public Entry<LushaField, String> next() {
                        if (left == 0) {
                            throw new NoSuchElementException();
                        }
                        LushaField field = FIELDS[Long.numberOfTrailingZeros(left)];
                        left &= left - 1;
                        return new SimpleImmutableEntry<>(field, values.get(next++));
                    }
                };
            }

            @Override
            public int size() {
                return values.size();
            }
        };
    }
}
