package com.revealsync.mapping.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.SpringCommandFactory;
import com.revealsync.mapping.autocomplete.AccountCandidate;
import com.revealsync.mapping.autocomplete.AccountCandidateSource;
import com.revealsync.mapping.testing.Describes;
import com.revealsync.salesforce.metadata.DescribeSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import picocli.CommandLine;

/** Inside Spring, the commands get the DescribeSource and AccountCandidateSource beans the app provides. */
class SpringWiringTest {

    @Test
    void commandsUseTheBeans() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.registerBean(DescribeSource.class, () -> Describes.source());
            context.registerBean(AccountCandidateSource.class,
                    () -> (terms, limit) -> List.of(new AccountCandidate("001000000000001AAA", "Acme", "acme.com")));
            context.refresh();
            StringWriter out = new StringWriter();
            CommandLine mapping = RevealSyncCommand.configure(new CommandLine(MappingCommand.class, new SpringCommandFactory(context)));
            CommandLine accounts = RevealSyncCommand.configure(new CommandLine(
                    com.revealsync.mapping.autocomplete.AccountsCommand.class, new SpringCommandFactory(context)));
            mapping.setOut(new PrintWriter(out, true));
            accounts.setOut(new PrintWriter(out, true));

            assertThat(mapping.execute("validate", "jobs/mapping/default.yml")).isZero();
            assertThat(accounts.execute("suggest", "acme")).isZero();
            assertThat(out.toString()).contains("fits the target org", "1. Acme");
        }
    }
}
