package com.revealsync.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A planned write's values, field API name to value, in the order they were planned: immutable,
 * kept in two arrays. A chunk holds one plan per row until its results are back; with ~19 fields
 * a {@code LinkedHashMap} cost ~1 KB a row in entries and table, this ~0.2 KB. Lookups scan the
 * keys (a record has a few dozen fields at most).
 */
final class PlannedValues extends AbstractMap<String, Object> {

    private static final PlannedValues EMPTY = new PlannedValues(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private PlannedValues(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /** The entries of {@code map} in its iteration order; the map itself if it is one already. */
    static Map<String, Object> copyOf(Map<String, Object> map) {
        if (map instanceof PlannedValues planned) {
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
        return new PlannedValues(keys, values);
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
