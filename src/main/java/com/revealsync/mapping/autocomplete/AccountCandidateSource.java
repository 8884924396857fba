package com.revealsync.mapping.autocomplete;

import java.util.List;

/**
 * Fetches Accounts that may resemble a typed name, for ranking: for example
 * {@code SELECT Id, Name, Website FROM Account WHERE Name LIKE '%term%' OR Website LIKE '%term%'},
 * one {@code LIKE} per {@link AccountSuggester#searchTerms search term}. Over-fetching is fine: the
 * ranking decides.
 */
public interface AccountCandidateSource {

    /**
     * @param terms the search terms of the typed text (lower case, at least one)
     * @param limit how many candidates at most
     */
    List<AccountCandidate> candidates(List<String> terms, int limit);
}
