package com.revealsync.org.data.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live records of a text field by the three-character pieces of its folded value
 * ({@link TextFold}), so that {@code LIKE '%acme.com%'} reads the records holding all of the
 * pattern's n-grams instead of every record: a superset, the query's filter still decides. Built the
 * first time a LIKE on the field asks (the pipeline's Website searches, the Account suggestions),
 * kept with the records from then on. Not thread-safe: guarded as {@link ObjectTable} is.
 */
final class NgramIndex {

    static final int N = 3;

    private final Map<String, Set<String>> ids = new HashMap<>();

    void add(Object value, String id) {
        if (value instanceof String text) {
            for (String gram : grams(text)) {
                ids.computeIfAbsent(gram, g -> new HashSet<>(4)).add(id);
            }
        }
    }

    void remove(Object value, String id) {
        if (value instanceof String text) {
            for (String gram : grams(text)) {
                Set<String> holders = ids.get(gram);
                if (holders != null && holders.remove(id) && holders.isEmpty()) {
                    ids.remove(gram);
                }
            }
        }
    }

    /**
     * Ids of the records whose folded value may contain {@code foldedPiece} (of at least {@link #N}
     * characters): those holding every one of its n-grams (the rarest n-gram's holders, kept when
     * the others hold them too).
     */
    List<String> candidates(String foldedPiece) {
        List<Set<String>> holders = new ArrayList<>();
        for (int i = 0; i + N <= foldedPiece.length(); i++) {
            Set<String> of = ids.get(foldedPiece.substring(i, i + N));
            if (of == null) {
                return List.of();
            }
            holders.add(of);
        }
        holders.sort(Comparator.comparingInt(Set::size));
        List<String> found = new ArrayList<>();
        for (String id : holders.get(0)) {
            boolean inAll = true;
            for (int i = 1; i < holders.size() && inAll; i++) {
                inAll = holders.get(i).contains(id);
            }
            if (inAll) {
                found.add(id);
            }
        }
        return found;
    }

    private static Set<String> grams(String text) {
        String folded = TextFold.fold(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + N <= folded.length(); i++) {
            grams.add(folded.substring(i, i + N));
        }
        return grams;
    }
}
