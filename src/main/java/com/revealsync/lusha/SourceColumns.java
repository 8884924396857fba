package com.revealsync.lusha;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A row's source columns: header name to cell, in column order, immutable. The names (and their
 * index) belong to the file's header and are shared by all of its rows; a row holds only its cells.
 *
 * <p>Why: a chunk of the Bulk path holds tens of thousands of rows of ~40 columns; as one
 * {@code LinkedHashMap} per row that was ~400,000 map entries (~16 MB) per 10,000 rows, and as one
 * string per cell ~3 KB a row: the cells are packed ({@link PackedCells}), each read makes its string.
 */
public final class SourceColumns extends AbstractMap<String, String> {

    /** Takes bytes: a digest's {@code update}, a buffer's {@code write}. */
    @FunctionalInterface
    public interface ByteSink {
        void write(byte[] bytes, int offset, int length);
    }

    /** The column names of one header, distinct, in order. */
    public static final class Names {

        private final String[] names;
        private final Map<String, Integer> positions;

        public Names(List<String> names) {
            this.names = names.toArray(String[]::new);
            this.positions = new HashMap<>(names.size() * 2);
            for (int i = 0; i < this.names.length; i++) {
                if (positions.putIfAbsent(this.names[i], i) != null) {
                    throw new IllegalArgumentException("the column " + this.names[i] + " is named twice");
                }
            }
        }

        /** The names, in column order. */
        public List<String> list() {
            return List.of(names);
        }

        /** A row's columns: {@code cells} in the order of the names, one per name. */
        public SourceColumns row(List<String> cells) {
            if (cells.size() != names.length) {
                throw new IllegalArgumentException(cells.size() + " cells for " + names.length + " columns");
            }
            return new SourceColumns(this, PackedCells.of(cells));
        }
    }

    private final Names names;
    private final PackedCells cells;

    private SourceColumns(Names names, PackedCells cells) {
        this.names = names;
        this.cells = cells;
    }

    /** The header these columns belong to (shared by the rows of a file). */
    public Names names() {
        return names;
    }

    /**
     * The row's field values ({@link RevealedContact#values()}) read from these cells where a value is
     * its cell stripped, so the row's text is held once: {@code cellOf[field.ordinal()]} is the value's
     * cell, negative where the value is not its cell (a choice in its canonical spelling).
     */
    public Map<LushaField, String> fieldValues(Map<LushaField, String> values, int[] cellOf) {
        return FieldValues.over(cells, values, cellOf);
    }

    /**
     * Hands the UTF-8 bytes of the cell at {@code column} (0-based, in the names' order) to
     * {@code sink}: the bytes of {@code values()}'s string, without making it (hashing or storing a
     * row reads each of its ~40 cells once).
     */
    public void cellBytes(int column, ByteSink sink) {
        cells.bytes(column, sink);
    }

    @Override
    public String get(Object name) {
        Integer at = names.positions.get(name);
        return at == null ? null : cells.get(at);
    }

    @Override
    public boolean containsKey(Object name) {
        return names.positions.containsKey(name);
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < cells.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= cells.size()) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(names.names[at], cells.get(at));
                    }
                };
            }

            @Override
            public int size() {
                return cells.size();
            }
        };
    }
}
