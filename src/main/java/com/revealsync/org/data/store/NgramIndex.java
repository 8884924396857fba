package com.revealsync.org.data.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live records of a text field by the three-character pieces of its folded value
 * ({@link TextFold}), so that {@code LIKE '%acme.com%'} reads the records holding the pattern's
 * rarest piece instead of every record: a superset, the query's filter still decides. Built the
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
     * characters): the holders of its rarest piece.
     */
    List<String> candidates(String foldedPiece) {
        Set<String> rarest = null;
        for (int i = 0; i + N <= foldedPiece.length(); i++) {
            Set<String> holders = ids.get(foldedPiece.substring(i, i + N));
            if (holders == null) {
                return List.of();
            }
            if (rarest == null || holders.size() < rarest.size()) {
                rarest = holders;
            }
        }
        return rarest == null ? List.of() : List.copyOf(rarest);
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
