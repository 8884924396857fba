package com.revealsync.org.bulk;

import java.util.List;

/**
 * One record of a CSV batch as the strict reader saw it: the line it starts on (1-based, the header
 * being line 1), its cells, or why it could not be read.
 */
public record CsvRow(int line, List<String> cells, String error) {
    public CsvRow {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static CsvRow ok(int line, List<String> cells) {
        return new CsvRow(line, cells, null);
    }

    public static CsvRow malformed(int line, String error) {
        return new CsvRow(line, List.of(), error);
    }

    public boolean malformed() {
        return error != null;
    }
}
