package com.revealsync.sync;

import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.match.MatchKeys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a chunk's contacts into waves in which no two rows are the same person (same Lusha id or a
 * shared email). Waves are exported one after the other, so a person repeated within a chunk is
 * created once by the first row and matched, then updated or left unchanged, by the later ones:
 * duplicates collapse instead of creating a second record. Almost every chunk is one wave.
 */
final class Waves {

    private Waves() {
    }

    static List<List<RevealedContact>> split(List<RevealedContact> contacts) {
        List<List<RevealedContact>> waves = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        for (RevealedContact c : contacts) {
            List<String> identity = identity(c);
            int wave = 0;
            while (wave < waves.size() && identity.stream().anyMatch(seen.get(wave)::contains)) {
                wave++;
            }
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
                seen.add(new HashSet<>());
            }
            waves.get(wave).add(c);
            seen.get(wave).addAll(identity);
        }
        return waves;
    }

    /** The keys that make two rows one person: the Lusha id and the emails ({@link RecordKeys#person}). */
    private static List<String> identity(RevealedContact c) {
        return RecordKeys.person(MatchKeys.of(c));
    }
}
