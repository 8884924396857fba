package com.revealsync.mapping.autocomplete;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.UserError;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code accounts suggest TEXT}: the existing Accounts that best match a company name or website, best first. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "The existing Accounts that best match a company name or website (autocomplete), best first.")
public final class AccountsSuggestCommand implements Callable<Integer> {

    /** How many candidates to fetch per suggestion shown: the ranking, not the query, decides. */
    private static final int FETCH_FACTOR = 20;

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "A company name (or part of one) or a website")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "How many suggestions to show (default: ${DEFAULT-VALUE})")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<AccountCandidateSource> accounts;

    /**
     * Without Spring (picocli builds every subcommand for {@code --help} and the {@code org}
     * commands): no org; running it says so.
     */
    public AccountsSuggestCommand() {
        this(() -> null);
    }

    @Autowired
    public AccountsSuggestCommand(ObjectProvider<AccountCandidateSource> accounts) {
        this(accounts::getIfAvailable);
    }

    public AccountsSuggestCommand(Supplier<AccountCandidateSource> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Integer call() {
        String text = String.join(" ", words).strip();
        if (text.isEmpty() || limit < 1) {
            throw new UserError("give a company name or website, and a --limit of 1 or more");
        }
        AccountCandidateSource source = accounts.get();
        if (source == null) {
            throw new UserError("no Salesforce org to look Accounts up in: connect one first (see 'connect')");
        }
        List<String> terms = AccountSuggester.searchTerms(text);
        List<Suggestion> ranked = AccountSuggester.rank(text, source.candidates(terms, limit * FETCH_FACTOR), limit);
        PrintWriter out = spec.commandLine().getOut();
        if (ranked.isEmpty()) {
            out.println("no Account resembles '" + text + "'");
            return RevealSyncCommand.OK;
        }
        for (int i = 0; i < ranked.size(); i++) {
            Suggestion s = ranked.get(i);
            out.println(String.format(Locale.ROOT, "%2d. %-30s %-18s %-30s %.2f  %s", i + 1, s.account().name(), s.account().id(),
                    s.account().website() == null ? "" : s.account().website(), s.score(), s.why()));
        }
        return RevealSyncCommand.OK;
    }
}
