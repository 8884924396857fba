package com.revealsync.mapping.autocomplete;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code accounts ...}: look at the org's Accounts. */
@Command(name = "accounts", mixinStandardHelpOptions = true, description = "Look up Salesforce Accounts.",
        subcommands = {AccountsSuggestCommand.class})
public final class AccountsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
