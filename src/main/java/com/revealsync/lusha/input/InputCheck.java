package com.revealsync.lusha.input;

import com.revealsync.lusha.InputRow;
import com.revealsync.lusha.RowProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-flight check of a job's input, run before anything is sent: every file is read through
 * once, as the reader will read it, so that a file that cannot be used at all (empty, only a
 * header, not UTF-8, not CSV, a bad header) stops the command with exit 2 and every such problem
 * named by file and line. It also counts the rows, for progress and the ETA.
 */
public final class InputCheck {

    private InputCheck() {
    }

    /** What the check found in one file that can be used. */
    public record FileSummary(Path file, long rows, long rowProblems) {
    }

    /** What the check found over all the files. */
    public record InputSummary(List<FileSummary> files) {
        public InputSummary {
            files = List.copyOf(files);
        }

        public long rows() {
            return files.stream().mapToLong(FileSummary::rows).sum();
        }

        public long rowProblems() {
            return files.stream().mapToLong(FileSummary::rowProblems).sum();
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
        long rows = 0;
        long rowProblems = 0;
        try (BatchFile batch = BatchFile.open(file)) {
            for (InputRow row = batch.next(); row != null; row = batch.next()) {
                rows++;
                if (row instanceof RowProblem) {
                    rowProblems++;
                }
            }
        }
        if (rows == 0) {
            throw new InputFileError(new FileProblem(file.toString(), 0,
                    "has a header row but no rows of revealed contacts"));
        }
        return new FileSummary(file, rows, rowProblems);
    }
}
