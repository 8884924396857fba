package com.revealsync.org.data.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A case-insensitive index from a field's value to the ids of the live records holding it. Most
 * values belong to one record, so a single id is kept as a String and only shared values get a set.
 * Not thread-safe: guarded by the database lock.
 */
final class ValueIndex {

    private final Map<String, Object> ids = new HashMap<>();

    static String key(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }

    void add(Object value, String id) {
        if (value == null) {
            return;
        }
        ids.merge(key(value), id, (old, added) -> {
            Set<String> set = old instanceof String single ? new LinkedHashSet<>(List.of(single)) : castSet(old);
            set.add(id);
            return set;
        });
    }

    void remove(Object value, String id) {
        if (value == null) {
            return;
        }
        ids.computeIfPresent(key(value), (k, old) -> {
            if (old instanceof String single) {
                return single.equals(id) ? null : single;
            }
            Set<String> set = castSet(old);
            set.remove(id);
            return set.isEmpty() ? null : set.size() == 1 ? set.iterator().next() : set;
        });
    }

    /** The ids holding this value (case-insensitively), oldest first. */
    List<String> find(Object value) {
        Object found = value == null ? null : ids.get(key(value));
        if (found == null) {
            return List.of();
        }
        return found instanceof String single ? List.of(single) : new ArrayList<>(castSet(found));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> castSet(Object o) {
        return (Set<String>) o;
    }
}
