package com.revealsync.mapping.autocomplete;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Company names reduced for comparison: lower case, punctuation dropped, and legal forms
 * ({@code Inc}, {@code Ltd}, {@code GmbH}, ...) and a leading "The" removed, so that
 * "The Acme Corp." and "ACME" compare equal.
 */
final class CompanyNames {

    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "ltd", "limited", "llc", "llp", "lp",
            "corp", "corporation", "co", "company", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "plc",
            "pty", "oy", "ab", "as", "kk", "pte", "group");

    private CompanyNames() {
    }

    /** Words of the name, lower case, without punctuation. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (c == '&' || c == '+') {
                flush(words, word);
                words.add(String.valueOf(c));
            } else if (c != '.' && c != '\'') {
                flush(words, word);
            }
        }
        return words;
    }

    /** The distinctive words: without legal forms and a leading "the" (all words when nothing else is left). */
    static List<String> core(String name) {
        List<String> words = words(name);
        List<String> core = new ArrayList<>(words);
        if (!core.isEmpty() && core.get(0).equals("the")) {
            core.remove(0);
        }
        core.removeIf(LEGAL_FORMS::contains);
        return core.isEmpty() ? words : core;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
