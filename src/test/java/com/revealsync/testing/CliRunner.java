package com.revealsync.testing;

import com.revealsync.cli.RevealSyncCommand;
import com.revealsync.cli.SpringCommandFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Runs a command line inside a test's Spring context, as {@code java -jar} would, capturing its output. */
public final class CliRunner {

    private final ApplicationContext context;

    public CliRunner(ApplicationContext context) {
        this.context = context;
    }

    /** The exit code and everything the command printed (stdout and stderr). */
    public record Result(int exitCode, String output) {
    }

    public synchronized Result run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PrintStream oldOut = System.out;
        System.setOut(capture);
        try {
            CommandLine cli = RevealSyncCommand.commandLine(new SpringCommandFactory(context));
            cli.setOut(new PrintWriter(capture, true));
            cli.setErr(new PrintWriter(capture, true));
            int code = cli.execute(args);
            return new Result(code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            oldOut.print(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
