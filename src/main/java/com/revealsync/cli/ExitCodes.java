package com.revealsync.cli;

import picocli.CommandLine;

/** Maps exceptions that escape a command to {@code product.md}'s exit codes. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable exception) {
        boolean usage = exception instanceof UserError || exception instanceof CommandLine.ParameterException;
        return usage ? RevealSyncCommand.USAGE : RevealSyncCommand.JOB_FAILED;
    }
}
