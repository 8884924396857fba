package com.revealsync.mapping.autocomplete;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AccountsSuggestCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<List<String>> searched = new ArrayList<>();

    private final AccountCandidateSource org = (terms, limit) -> {
        searched.add(terms);
        return List.of(new AccountCandidate("001000000000002AAA", "Acme Rockets", "acme-rockets.com"),
                new AccountCandidate("001000000000001AAA", "Acme, Inc.", "https://acme.com"),
                new AccountCandidate("001000000000003AAA", "Umbrella", "umbrella.com"));
    };

    @Test
    void printsRankedSuggestions() {
        int code = run(() -> org, "suggest", "The", "Acme", "Corp", "--limit", "5");

        assertThat(code).isZero();
        assertThat(searched).containsExactly(List.of("acme"));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(" 1. Acme, Inc.").contains("001000000000001AAA", "same name but for its legal form");
        assertThat(lines.get(1)).startsWith(" 2. Acme Rockets").contains("name starts with it");
    }

    @Test
    void saysWhenNothingResembles() {
        int code = run(() -> org, "suggest", "Globex");

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo("no Account resembles 'Globex'" + System.lineSeparator());
    }

    @Test
    void withoutAnOrgItSaysSo() {
        int code = run(() -> null, "suggest", "Acme");

        assertThat(code).isEqualTo(RevealSyncCommand.USAGE);
        assertThat(err.toString()).startsWith("error: no Salesforce org to look Accounts up in");
    }

    private int run(Supplier<AccountCandidateSource> source, String... args) {
        CommandLine cli = RevealSyncCommand.configure(new CommandLine(AccountsCommand.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == AccountsSuggestCommand.class) {
                    return type.cast(new AccountsSuggestCommand(source));
                }
                return CommandLine.defaultFactory().create(type);
            }
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
