package com.revealsync.mapping.profile;

import java.util.List;

/**
 * A profile file that cannot be read: missing, not YAML, unknown keys, unknown Lusha fields or
 * record types, entries with parts missing. Each problem names the file and line.
 */
public class ProfileException extends RuntimeException {

    private final List<String> problems;

    public ProfileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public ProfileException(String problem) {
        this(List.of(problem));
    }

    /** Each problem as one line: {@code file:line: what}. */
    public List<String> problems() {
        return problems;
    }
}
