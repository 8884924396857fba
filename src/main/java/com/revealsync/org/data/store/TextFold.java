package com.revealsync.org.data.store;

/**
 * Case folding for the org's case-insensitive text matching: each character as
 * {@code toLowerCase(toUpperCase(c))}. Two strings are equal ignoring case ({@code equalsIgnoreCase},
 * a case-insensitive regular expression) exactly when their folds are equal, for text without
 * surrogates (supplementary characters are left as they are).
 */
public final class TextFold {

    private TextFold() {
    }

    /** The folded text; the text itself when folding changes nothing. ASCII folds without a call. */
    public static String fold(String text) {
        char[] folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
            if (f != c) {
                if (folded == null) {
                    folded = text.toCharArray();
                }
                folded[i] = f;
            }
        }
        return folded == null ? text : new String(folded);
    }

    /** Whether the text holds surrogates (supplementary characters, which {@link #fold} does not fold). */
    public static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
