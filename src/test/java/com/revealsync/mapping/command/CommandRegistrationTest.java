package com.revealsync.mapping.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.mapping.autocomplete.AccountsCommand;
import com.revealsync.mapping.autocomplete.AccountsSuggestCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The commands are on the root command line: {@code mapping validate} and {@code accounts suggest}. */
class CommandRegistrationTest {

    @Test
    void mappingAndAccountsAreRootCommands() {
        assertThat(RevealSyncCommand.class.getAnnotation(Command.class).subcommands())
                .contains(MappingCommand.class, AccountsCommand.class);
        CommandLine mapping = new CommandLine(MappingCommand.class);
        CommandLine accounts = new CommandLine(AccountsCommand.class);
        assertThat(mapping.getCommandName()).isEqualTo("mapping");
        assertThat((Object) mapping.getSubcommands().get("validate").getCommand()).isInstanceOf(MappingValidateCommand.class);
        assertThat(accounts.getCommandName()).isEqualTo("accounts");
        assertThat((Object) accounts.getSubcommands().get("suggest").getCommand()).isInstanceOf(AccountsSuggestCommand.class);
    }
}
