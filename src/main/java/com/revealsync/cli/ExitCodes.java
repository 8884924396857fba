package com.revealsync.cli;

import picocli.CommandLine;

/** Maps exceptions that escape a command to {@code product.md}'s exit codes. */
final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable exception) {
        // picocli asks this mapper for bad command lines too (ParameterException): those are usage errors
        return exception instanceof UserError || exception instanceof CommandLine.ParameterException
                ? RevealSyncCommand.USAGE : RevealSyncCommand.JOB_FAILED;
    }
}
