package com.revealsync.mapping.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A profile that does not fit the target org: nothing may be exported with it. Lists every problem. */
public class ProfileInvalidException extends RuntimeException {

    private final List<ProfileProblem> problems;

    public ProfileInvalidException(List<ProfileProblem> problems) {
        super("the mapping profile does not fit the org (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):" + System.lineSeparator()
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
