package com.revealsync.generate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Randomness as a pure function of (seed, what, index): any row or company can be made again from
 * its index alone, which is what keeps the generator's memory constant (a duplicate re-makes the
 * row it copies) and its output byte-identical for a seed.
 */
final class Seeds {

    static final long ROW = 0x52_4F_57L;
    static final long COMPANY = 0x43_4F_4DL;
    static final long CONTACT_ID = 0x4C_49_44L;
    static final long BAD = 0x42_41_44L;

    private Seeds() {
    }

    static SplittableRandom random(long seed, long what, long index) {
        return new SplittableRandom(mix(mix(seed ^ what) + index));
    }

    /** An id unique per index for one (seed, what): a bijective mix of the index, in base 36. */
    static String id(long seed, long what, long index) {
        return Long.toUnsignedString(mix(index ^ mix(seed + what)), 36);
    }

    /** The finaliser of SplitMix64: a bijection of 64-bit values that spreads nearby inputs apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static String digits(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    /** Lower-case ASCII words joined by dashes: "Harlow & Finch Cloud" becomes "harlow-finch-cloud". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
