package com.revealsync.salesforce;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A record's values, field API name to value, in the order they were planned: immutable, kept in
 * two arrays. A chunk holds each row's plan (mapping's writes) and its record to send (a
 * {@link RecordWrite}) until its results are back; with ~19 fields a {@code LinkedHashMap} cost
 * ~1 KB a record in entries and table, this ~0.2 KB. Lookups scan the keys (a record has a few
 * dozen fields at most).
 */
public final class CompactValues extends AbstractMap<String, Object> {

    private static final CompactValues EMPTY = new CompactValues(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private CompactValues(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The entries of {@code map} in its iteration order; the map itself if it is one already. */
    public static Map<String, Object> copyOf(Map<String, Object> map) {
        if (map instanceof CompactValues planned) {
            return planned;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        String[] keys = new String[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            keys[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new CompactValues(keys, values);
    }

    /** The first {@code size} keys and values of these arrays, which the caller no longer changes. */
    static Map<String, Object> of(String[] keys, Object[] values, int size) {
        if (size == 0) {
            return EMPTY;
        }
        return size == keys.length ? new CompactValues(keys, values)
                : new CompactValues(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
