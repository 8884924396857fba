package com.revealsync.cli;

import picocli.CommandLine;

/** Maps exceptions that escape a command to {@code product.md}'s exit codes. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable exception) {
        // picocli also asks this mapper about bad options (ParameterException): those are usage errors too
        return exception instanceof UserError || exception instanceof CommandLine.ParameterException
                ? RevealSyncCommand.USAGE : RevealSyncCommand.JOB_FAILED;
    }
}
