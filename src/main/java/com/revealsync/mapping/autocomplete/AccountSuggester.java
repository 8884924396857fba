package com.revealsync.mapping.autocomplete;

import com.revealsync.mapping.convert.Urls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seed's Autocomplete: ranks existing Accounts by how well they match a typed company name or
 * website. In order of strength: the same name, the same name but for legal forms ("Acme Inc" for
 * "ACME"), the same website domain, a name that starts with the text, a word that starts with it,
 * then shared words. Accounts sharing nothing are not suggested.
 */
public final class AccountSuggester {

    private static final Comparator<Suggestion> RANK = Comparator.comparingDouble(Suggestion::score).reversed()
            .thenComparingInt(s -> s.account().name() == null ? Integer.MAX_VALUE : s.account().name().length())
            .thenComparing(s -> String.valueOf(s.account().name()))
            .thenComparing(s -> s.account().id());

    private AccountSuggester() {
    }

    /** The words to search candidate Accounts by: the text's distinctive words, or its domain. */
    public static List<String> searchTerms(String text) {
        String domain = looksLikeWebsite(text) ? Urls.domain(text) : null;
        if (domain != null) {
            return List.of(domain);
        }
        return CompanyNames.core(text);
    }

    /** The best {@code limit} candidates for {@code text}, best first. */
    public static List<Suggestion> rank(String text, List<AccountCandidate> candidates, int limit) {
        List<Suggestion> ranked = new ArrayList<>();
        for (AccountCandidate c : candidates) {
            Suggestion s = score(text, c);
            if (s != null) {
                ranked.add(s);
            }
        }
        ranked.sort(RANK);
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : List.copyOf(ranked);
    }

    static Suggestion score(String text, AccountCandidate c) {
        String typedDomain = looksLikeWebsite(text) ? Urls.domain(text) : null;
        String accountDomain = Urls.domain(c.website());
        if (typedDomain != null) {
            return typedDomain.equals(accountDomain) ? new Suggestion(c, 0.97, "website domain") : null;
        }
        List<String> typedWords = CompanyNames.words(text);
        List<String> nameWords = CompanyNames.words(c.name());
        if (typedWords.isEmpty() || nameWords.isEmpty()) {
            return null;
        }
        if (typedWords.equals(nameWords)) {
            return new Suggestion(c, 1.0, "exact name");
        }
        List<String> typed = CompanyNames.core(text);
        List<String> name = CompanyNames.core(c.name());
        if (typed.equals(name)) {
            return new Suggestion(c, 0.95, "same name but for its legal form");
        }
        String typedJoined = String.join(" ", typed);
        String nameJoined = String.join(" ", name);
        if (accountDomain != null && accountDomain.substring(0, accountDomain.indexOf('.')).equals(typedJoined.replace(" ", ""))) {
            return new Suggestion(c, 0.9, "website domain");
        }
        if (nameJoined.startsWith(typedJoined)) {
            return new Suggestion(c, 0.8 + 0.05 * typedJoined.length() / nameJoined.length(), "name starts with it");
        }
        for (String w : name) {
            if (w.startsWith(typedJoined)) {
                return new Suggestion(c, 0.7, "a word of the name starts with it");
            }
        }
        double overlap = overlap(typed, name);
        return overlap == 0 ? null : new Suggestion(c, 0.6 * overlap, "shares words");
    }

    /** Shared words over all words (Jaccard), 0 to 1. */
    private static double overlap(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(new HashSet<>(b));
        return union.isEmpty() ? 0 : (double) shared.size() / union.size();
    }

    private static boolean looksLikeWebsite(String text) {
        String t = text.strip();
        return t.indexOf(' ') < 0 && t.indexOf('.') > 0 && Urls.isValid(t);
    }
}
