package com.revealsync.lusha.input;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Resolves the {@code --input} argument into the ordered list of batch files to read: one file, a
 * folder (its {@code *.csv} files, hidden ones left out, in name order) or a glob such as
 * {@code sample-data/batches/*.csv} (the matching files, in path order; as in a shell, {@code *}
 * does not match a hidden file). Paths stay as the user wrote them, relative when they were, since
 * they name the rows in every report.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * @throws UserError when the argument names nothing that exists, or a folder or glob without files
     */
    public static List<Path> resolve(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new UserError("no input given: pass --input with a CSV file, a folder of them or a glob");
        }
        try {
            return hasGlob(argument) ? glob(argument) : pathOrFolder(argument);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + argument + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> pathOrFolder(String argument) throws IOException {
        Path path = Path.of(argument);
        if (!Files.exists(path)) {
            throw new UserError("input " + argument + " does not exist");
        }
        if (Files.isDirectory(path)) {
            List<Path> files = list(path, 1, InputFiles::isVisibleCsv);
            if (files.isEmpty()) {
                throw new UserError("input folder " + argument + " holds no .csv files");
            }
            return files;
        }
        if (!Files.isReadable(path)) {
            throw new UserError("input " + argument + " cannot be read (permissions?)");
        }
        return List.of(path);
    }

    private static List<Path> glob(String argument) throws IOException {
        String pattern = argument.replace('\\', '/');
        int firstGlob = firstGlobChar(pattern);
        int slash = pattern.lastIndexOf('/', firstGlob);
        Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : pattern.substring(0, slash));
        String relative = pattern.substring(slash + 1);
        if (!base.toString().isEmpty() && !Files.isDirectory(base)) {
            throw new UserError("input " + argument + ": folder " + base + " does not exist");
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        int depth = relative.contains("**") ? Integer.MAX_VALUE : relative.split("/").length;
        boolean hidden = relative.substring(relative.lastIndexOf('/') + 1).startsWith(".");
        List<Path> files = list(base, depth, p -> (hidden || !p.getFileName().toString().startsWith("."))
                && matcher.matches(base.toString().isEmpty() ? p : base.relativize(p)));
        if (files.isEmpty()) {
            throw new UserError("input " + argument + " matches no files");
        }
        return files;
    }

    private static List<Path> list(Path folder, int depth, Predicate<Path> accept)
            throws IOException {
        Path start = folder.toString().isEmpty() ? Path.of(".") : folder;
        try (Stream<Path> found = Files.walk(start, depth)) {
            return found.filter(Files::isRegularFile)
                    .map(p -> folder.toString().isEmpty() ? start.relativize(p) : p)
                    .filter(accept)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /** A {@code .csv} file, but not a hidden one (such as the {@code ._name.csv} files macOS leaves). */
    private static boolean isVisibleCsv(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static boolean hasGlob(String argument) {
        return firstGlobChar(argument) < argument.length();
    }

    private static int firstGlobChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("*?[{".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
