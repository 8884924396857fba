package com.revealsync.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar reveal-sync.jar <command>}. Each feature package contributes its own commands;
 * they are listed here so that {@code --help} shows them all.
 */
@Command(name = "reveal-sync", mixinStandardHelpOptions = true, version = "reveal-sync 0.1.0",
        description = "Pushes contacts revealed in Lusha into Salesforce as Leads, Contacts and Accounts.",
        subcommands = {
                CommandLine.HelpCommand.class,
                com.revealsync.mapping.command.MappingCommand.class,
                com.revealsync.mapping.autocomplete.AccountsCommand.class,
                com.revealsync.sync.SyncCommand.class,
                com.revealsync.sync.RetryFailedCommand.class,
                com.revealsync.connection.cli.ConnectCommand.class,
                com.revealsync.connection.cli.ReconnectCommand.class,
                com.revealsync.connection.cli.ConnectionsCommand.class,
                com.revealsync.connection.cli.DisconnectCommand.class,
                com.revealsync.team.TeamCommand.class,
                com.revealsync.org.cli.OrgCommand.class,
                com.revealsync.generate.GenerateCommand.class,
                com.revealsync.report.ReportCommand.class,
                com.revealsync.schedule.SchedulesCommand.class,
                com.revealsync.schedule.ServeCommand.class,
                com.revealsync.testmapping.TestMappingCommand.class,
                com.revealsync.backfill.BackfillCommand.class,
        })
public final class RevealSyncCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit codes of {@code product.md}. */
    public static final int OK = 0;
    public static final int JOB_FAILED = 1;
    public static final int USAGE = 2;
    public static final int ROWS_NOT_EXPORTED = 3;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line with the exit codes and error handling every command shares. */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        return configure(new CommandLine(RevealSyncCommand.class, factory));
    }

    /**
     * The command line of the commands that run without Spring (the embedded org's {@code org ...}):
     * picocli builds every subcommand up front, and the others need Spring's beans.
     */
    public static CommandLine withoutSpring() {
        CommandLine cli = new CommandLine(new Standalone());
        cli.addSubcommand(new com.revealsync.org.cli.OrgCommand());
        return configure(cli);
    }

    @Command(name = "reveal-sync", mixinStandardHelpOptions = true)
    static final class Standalone implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    /** Exit codes and error handling for a command line of one command (the org's, a test's). */
    public static CommandLine configure(CommandLine cli) {
        cli.setExitCodeExceptionMapper(new ExitCodes());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getCommandSpec().exitCodeOnExecutionException(JOB_FAILED);
        return cli;
    }
}
