package com.revealsync.lusha.input;

import com.revealsync.cli.UserError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more input files cannot be used at all: the command stops before anything is sent
 * (exit 2), with every problem named by file and line.
 */
public final class InputFileError extends UserError {

    private final List<FileProblem> problems;

    public InputFileError(List<FileProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public InputFileError(FileProblem problem) {
        this(List.of(problem));
    }

    public List<FileProblem> problems() {
        return problems;
    }

    private static String describe(List<FileProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n",
                problems.size() + " input files cannot be read:\n", ""));
    }
}
