package com.revealsync.generate;

import com.revealsync.cli.UserError;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --rows N [--bad-fraction F] [--seed S] --out FILE}: a batch of made-up revealed contacts. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a batch of realistic, made-up revealed contacts in the input format, for tests and"
                + " benchmarks: several Lusha users, Leads and Contacts, companies shared by contacts, and messy rows"
                + " of the kinds the messy sample shows. The same seed gives a byte-identical file."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", required = true, description = "Rows to write (the header not counted).")
    long rows;

    @Option(names = "--bad-fraction", defaultValue = "0.1",
            description = "Share of messy rows, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double badFraction;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the made-up data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, description = "The CSV file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        if (rows < 1) {
            throw new UserError("--rows must be at least 1, was " + rows);
        }
        if (!(badFraction >= 0 && badFraction <= 1)) {
            throw new UserError("--bad-fraction must be between 0 and 1, was " + badFraction);
        }
        GenerateResult result = generate(rows, badFraction, seed, out);
        PrintWriter print = spec.commandLine().getOut();
        print.printf(Locale.ROOT, "generated %,d rows into %s: %,d messy (%,d of them unreadable rows) in %.1f s, %,.0f rows/s%n",
                result.rows(), out, result.badRows(), result.rowProblems(), result.elapsedNanos() / 1e9,
                result.rowsPerSecond());
        print.flush();
        return 0;
    }

    /** Writes the batch to {@code file}, UTF-8 without a BOM. */
    public static GenerateResult generate(long rows, double badFraction, long seed, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                    StandardCharsets.UTF_8), 1 << 16)) {
                return new BatchGenerator(rows, badFraction, seed).write(writer);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write " + file + ": " + e.getCause().getMessage(), e);
        }
    }
}
