package com.revealsync.cli;

import picocli.CommandLine;

/**
 * Prints a {@link UserError} as its message alone (exit 2); anything else is a failed job (exit 1),
 * reported with its message and, for the log, the exception.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        if (ex instanceof UserError) {
            cli.getErr().println("error: " + ex.getMessage());
            return RevealSyncCommand.USAGE;
        }
        cli.getErr().println("failed: " + ex.getMessage());
        org.slf4j.LoggerFactory.getLogger(UserErrorHandler.class).debug("command failed", ex);
        return RevealSyncCommand.JOB_FAILED;
    }
}
