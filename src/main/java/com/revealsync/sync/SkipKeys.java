package com.revealsync.sync;

import com.revealsync.fingerprint.RowFingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The person keys (Lusha id, emails: {@link RecordKeys}) of an org's skip fingerprints, in memory for
 * a run: a record this product writes with one of them takes those fingerprints, since that person
 * now has a record and the row would no longer be skipped by the row alone. The stored skips are read
 * when first needed (a row kept as a skip, or a record written): a rerun that writes nothing reads
 * none. Dropping a skip before then changes nothing to read, as long as the store forgets it before
 * they are read (a chunk's forgets commit with the chunk; {@link #settle} reads first when it will
 * need them). Not thread-safe.
 */
final class SkipKeys {

    private final Map<String, Set<String>> lushaIdsByKey = new HashMap<>();
    private final Map<String, List<String>> keysByLushaId = new HashMap<>();
    /** The stored skips' keys by Lusha id, read once; null once read. */
    private Supplier<Map<String, String>> stored;

    /** None stored (the org's first run). */
    SkipKeys() {
        this(Map::of);
    }

    /** @param stored the stored skips' keys by Lusha id (one a line), read when first needed */
    SkipKeys(Supplier<Map<String, String>> stored) {
        this.stored = stored;
    }

    /** The person keys among a fingerprint's lookup keys (one a line). */
    static List<String> personKeys(String keys) {
        List<String> person = new ArrayList<>(3);
        if (keys != null) {
            for (String key : keys.split("\n")) {
                if (RecordKeys.person(key)) {
                    person.add(key);
                }
            }
        }
        return person;
    }

    /**
     * Follows one chunk: the fingerprints it forgot and those it keeps (a skip is held, any other
     * replaces its Lusha id's skip), then takes the skips holding a key of a record the chunk wrote,
     * those stored before and those kept here (a later wave wrote the person). Those kept here are
     * taken out of {@code kept}.
     *
     * @return the Lusha ids of the skips taken, to forget
     */
    Set<String> settle(Set<String> forgotten, List<RowFingerprint> kept, Set<String> writtenKeys) {
        if (!writtenKeys.isEmpty() || kept.stream().anyMatch(RowFingerprint::skip)) {
            read(); // before the drops: the store still holds what this chunk forgets
        }
        forgotten.forEach(this::drop);
        for (RowFingerprint k : kept) {
            if (k.skip()) {
                add(k.lushaId(), k.matchKeys());
            } else {
                drop(k.lushaId());
            }
        }
        Set<String> taken = takeHolding(writtenKeys);
        kept.removeIf(k -> k.skip() && taken.contains(k.lushaId()));
        return taken;
    }

    /** Holds a skip fingerprint's person keys, replacing what its Lusha id held. */
    void add(String lushaId, String keys) {
        read();
        drop(lushaId);
        List<String> person = personKeys(keys);
        keysByLushaId.put(lushaId, person);
        person.forEach(k -> lushaIdsByKey.computeIfAbsent(k, x -> new HashSet<>(2)).add(lushaId));
    }

    /** Whether one more skip fits under {@code max}. */
    boolean room(int max) {
        read();
        return keysByLushaId.size() < max;
    }

    /** The Lusha ids of the skips holding one of these keys, no longer held. */
    Set<String> takeHolding(Set<String> keys) {
        Set<String> taken = new LinkedHashSet<>();
        if (keys.isEmpty()) {
            return taken;
        }
        read();
        for (String key : keys) {
            Set<String> ids = lushaIdsByKey.get(key);
            if (ids != null) {
                taken.addAll(ids);
            }
        }
        taken.forEach(this::drop);
        return taken;
    }

    int size() {
        read();
        return keysByLushaId.size();
    }

    private void read() {
        if (stored != null) {
            Map<String, String> skips = stored.get();
            stored = null;
            skips.forEach((lushaId, keys) -> {
                if (!keysByLushaId.containsKey(lushaId)) {
                    add(lushaId, keys);
                }
            });
        }
    }

    /** No longer holds this Lusha id's skip (its fingerprint was replaced or forgotten). */
    void drop(String lushaId) {
        List<String> old = keysByLushaId.remove(lushaId);
        if (old == null) {
            return;
        }
        for (String k : old) {
            Set<String> ids = lushaIdsByKey.get(k);
            if (ids != null && ids.remove(lushaId) && ids.isEmpty()) {
                lushaIdsByKey.remove(k);
            }
        }
    }
}
