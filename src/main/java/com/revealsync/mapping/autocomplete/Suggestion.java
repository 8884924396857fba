package com.revealsync.mapping.autocomplete;

/**
 * One ranked Account.
 *
 * @param score from 0 (unrelated) to 1 (the same name)
 * @param why what matched, for the user: "exact name", "website domain", "name starts with", ...
 */
public record Suggestion(AccountCandidate account, double score, String why) {
}
