package com.revealsync.lusha.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-flight check of a job's input, run before anything is sent, so that a file that cannot be
 * used at all (empty, only a header, not UTF-8, binary, not CSV, a bad header) stops the command with
 * exit 2 and every such problem named by file and line. Each file's header and first row are read as
 * the reader reads them; the rest is only scanned for its encoding (a third of the cost of reading
 * it: the rows themselves are checked once, by the reader, row by row).
 */
public final class InputCheck {

    private InputCheck() {
    }

    /**
     * What the check found in one file that can be used.
     *
     * @param bytes the file's size
     * @param lines the physical lines after the header: an upper bound of its rows, for progress
     */
    public record FileSummary(Path file, long bytes, long lines) {
    }

    /** What the check found over all the files. */
    public record InputSummary(List<FileSummary> files) {
        public InputSummary {
            files = List.copyOf(files);
        }

        public long bytes() {
            return files.stream().mapToLong(FileSummary::bytes).sum();
        }

        /** The physical lines after the headers: an upper bound of the rows (a value may span lines). */
        public long lines() {
            return files.stream().mapToLong(FileSummary::lines).sum();
        }
    }

    /**
     * @throws InputFileError listing the first problem of every file that cannot be used
     */
    public static InputSummary check(List<Path> files) {
        List<FileSummary> summaries = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                summaries.add(checkFile(file));
            } catch (InputFileError e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputFileError(problems);
        }
        return new InputSummary(summaries);
    }

    private static FileSummary checkFile(Path file) {
        try (BatchFile batch = BatchFile.open(file)) {
            long headerEnd = batch.nextLine();
            if (batch.next() == null) {
                throw new InputFileError(new FileProblem(file.toString(), 0,
                        "has a header row but no rows of revealed contacts"));
            }
            long lines = batch.nextLine() - headerEnd + batch.skipRest();
            return new FileSummary(file, Files.size(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
