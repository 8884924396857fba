package com.revealsync.lusha.input;

/**
 * Why a whole input file cannot be used (empty, not UTF-8, not CSV, a bad header, ...).
 *
 * @param file    the file as given on the command line
 * @param line    the 1-based physical line at fault, or 0 when the file as a whole is
 * @param message what is wrong and, where it helps, what to do
 */
public record FileProblem(String file, long line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
