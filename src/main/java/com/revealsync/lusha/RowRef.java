package com.revealsync.lusha;

/**
 * Where an input row came from: the file (as given on the command line, relative when it was) and
 * the 1-based physical line on which the row starts (a quoted value may span lines).
 */
public record RowRef(String file, long line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
