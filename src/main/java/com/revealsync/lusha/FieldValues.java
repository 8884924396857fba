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
 * fields are present as one bit each, their values packed ({@link PackedCells}) or, for a row read
 * from a file, the row's own cells ({@link SourceColumns#fieldValues}), so a row held by a Bulk chunk
 * does not keep one string object per value, nor its text twice. Each read makes the value's string.
 */
final class FieldValues extends AbstractMap<LushaField, String> {

    private static final LushaField[] FIELDS = LushaField.values();

    static {
        if (FIELDS.length > Long.SIZE) {
            throw new IllegalStateException("FieldValues keeps one bit per field: at most 64 fields");
        }
    }

    /** In {@link #cellOf}: the value is not a cell of the row, it is kept in {@link #apart}. */
    private static final int APART = 0xFF;

    private final long present;
    private final PackedCells cells;
    /** Null: {@link #cells} are the values, in order. Else the row's cell of each value, or {@link #APART}. */
    private final byte[] cellOf;
    /** The values kept apart, by position; null when there are none. */
    private final String[] apart;

    private FieldValues(long present, PackedCells cells, byte[] cellOf, String[] apart) {
        this.present = present;
        this.cells = cells;
        this.cellOf = cellOf;
        this.apart = apart;
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
                present |= bit(field);
                inOrder.add(value);
            }
        }
        return new FieldValues(present, PackedCells.of(inOrder), null, null);
    }

    /**
     * The non-null values of {@code values}, read from the row's {@code cells} where the value is its
     * cell stripped: {@code cellOf[field.ordinal()]} is that cell, or negative where the value is not
     * one (a choice in its canonical spelling), which is then kept apart. The row's text is held once,
     * not once as cells and again as values (~0.9 KB a row of a Bulk chunk).
     */
    static FieldValues over(PackedCells cells, Map<LushaField, String> values, int[] cellOf) {
        long present = 0;
        for (LushaField field : FIELDS) {
            if (values.get(field) != null) {
                present |= bit(field);
            }
        }
        byte[] at = new byte[Long.bitCount(present)];
        String[] apart = null;
        int n = 0;
        for (LushaField field : FIELDS) {
            String value = values.get(field);
            if (value == null) {
                continue;
            }
            int cell = cellOf[field.ordinal()];
            if (cell >= 0 && cell < APART) {
                at[n] = (byte) cell;
            } else {
                at[n] = (byte) APART;
                if (apart == null) {
                    apart = new String[at.length];
                }
                apart[n] = value;
            }
            n++;
        }
        return new FieldValues(present, cells, at, apart);
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof LushaField field) || (present & bit(field)) == 0) {
            return null;
        }
        return value(Long.bitCount(present & (bit(field) - 1)));
    }

    /** The value at this position (the fields' order). */
    private String value(int n) {
        if (cellOf == null) {
            return cells.get(n);
        }
        int cell = cellOf[n] & 0xFF;
        return cell == APART ? apart[n] : cells.get(cell).strip();
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof LushaField field && (present & bit(field)) != 0;
    }

    @Override
    public int size() {
        return Long.bitCount(present);
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
                        return new SimpleImmutableEntry<>(field, value(next++));
                    }
                };
            }

            @Override
            public int size() {
                return Long.bitCount(present);
            }
        };
    }
}
