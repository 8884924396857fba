package com.revealsync.sync;

import com.revealsync.mapping.match.ExistingRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One chunk's reads of the {@link OrgSnapshot}, done ahead in key order and then answered from
 * memory: index entries by sorted value, then records by sorted id. The snapshot is a B-tree on disk
 * behind a small page cache; probed in the rows' order (random keys), nearly every probe loaded a
 * page, while sorted probes walk neighbouring keys through the same pages. The answers are those of
 * the snapshot itself (it does not change while a chunk is looked up), so the lookups that read
 * them, in the rows' order, match exactly as before. Reads not done ahead go to the snapshot.
 */
final class SnapshotReads {

    private final OrgSnapshot snapshot;
    private final Map<OrgSnapshot.Index, Map<String, List<String>>> ids = new EnumMap<>(OrgSnapshot.Index.class);
    private final Map<String, ExistingRecord> records = new HashMap<>();
    private final Set<String> absent = new HashSet<>();

    SnapshotReads(OrgSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** Reads ahead what the index holds under each of {@code values}, and those records. */
    void prefetch(OrgSnapshot.Index kind, Collection<String> values) {
        Map<String, List<String>> byValue = ids.computeIfAbsent(kind, k -> new HashMap<>());
        List<String> found = new ArrayList<>();
        for (String value : new TreeSet<>(values)) {
            List<String> idsOfValue = snapshot.ids(kind, value);
            byValue.put(value, idsOfValue);
            found.addAll(idsOfValue);
        }
        prefetchRecords(found);
    }

    /** Reads ahead the records with these ids. */
    void prefetchRecords(Collection<String> recordIds) {
        for (String id : new TreeSet<>(recordIds)) {
            if (!records.containsKey(id) && !absent.contains(id)) {
                ExistingRecord r = snapshot.get(id);
                if (r == null) {
                    absent.add(id);
                } else {
                    records.put(id, r);
                }
            }
        }
    }

    /** As {@link OrgSnapshot#find}. */
    List<ExistingRecord> find(OrgSnapshot.Index kind, String value) {
        if (value == null) {
            return List.of();
        }
        List<String> idsOfValue = ids.getOrDefault(kind, Map.of()).get(value);
        if (idsOfValue == null) {
            return snapshot.find(kind, value);
        }
        List<ExistingRecord> found = new ArrayList<>(idsOfValue.size());
        for (String id : idsOfValue) {
            ExistingRecord r = get(id);
            if (r != null) {
                found.add(r);
            }
        }
        return found;
    }

    /** As {@link OrgSnapshot#get}. */
    ExistingRecord get(String id) {
        ExistingRecord r = records.get(id);
        return r != null || absent.contains(id) ? r : snapshot.get(id);
    }
}
