package com.revealsync.mapping.autocomplete;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountSuggesterTest {

    private static final List<AccountCandidate> ACCOUNTS = List.of(
            new AccountCandidate("001A", "Acme Inc.", "https://www.acme.com"),
            new AccountCandidate("001B", "ACME", null),
            new AccountCandidate("001C", "Acme Rockets Europe", "acme-rockets.eu"),
            new AccountCandidate("001D", "The Rockets Company", "rockets.io"),
            new AccountCandidate("001E", "Global Acme Holdings", "gah.com"),
            new AccountCandidate("001F", "Globex", "globex.com"),
            new AccountCandidate("001G", "Initech", "acmeco.com"));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACME            | 001B exact name, 001A same name but for its legal form, 001C name starts with it, 001E a word of the name starts with it
            acme inc        | 001A exact name, 001B same name but for its legal form, 001C name starts with it, 001E a word of the name starts with it
            www.acme.com    | 001A website domain
            https://rockets.io/about | 001D website domain
            rockets         | 001D same name but for its legal form, 001C a word of the name starts with it
            acme rockets    | 001C name starts with it, 001B shares words, 001A shares words, 001D shares words
            Glob            | 001F name starts with it, 001E name starts with it
            acmeco          | 001G website domain
            Umbrella        | ''
            """)
    void ranksBestFirst(String typed, String expected) {
        List<String> ranked = AccountSuggester.rank(typed, ACCOUNTS, 4).stream()
                .map(s -> s.account().id() + " " + s.why()).toList();

        assertThat(String.join(", ", ranked)).isEqualTo(expected);
    }

    @Test
    void scoresAreBetweenZeroAndOneAndLimitIsKept() {
        List<Suggestion> all = AccountSuggester.rank("acme", ACCOUNTS, 2);

        assertThat(all).hasSize(2);
        assertThat(all).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
    }

    @ParameterizedTest(name = "''{0}'' is searched by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Acme Corp.      | [acme]
            Acme Rockets GmbH   | [acme, rockets]
            https://www.acme.com/x | [acme.com]
            Inc                 | [inc]
            """)
    void searchTerms(String typed, String terms) {
        assertThat(AccountSuggester.searchTerms(typed).toString()).isEqualTo(terms);
    }
}
