package com.revealsync.lusha.input;

import java.util.List;

/**
 * One CSV record as split by {@link CsvRecords}: its cells, or, for a record that could not be
 * split, why not and the raw text of its first line.
 *
 * @param line       the physical line on which the record starts
 * @param cells      the cells (empty for a broken record)
 * @param broken     why the record could not be split, or null
 * @param rawLine    the text of the record's first line
 * @param endOffset  the byte offset where the next record starts
 * @param nextLine   the number of the physical line where the next record starts
 */
record CsvRecord(long line, List<String> cells, String broken, String rawLine, long endOffset, long nextLine) {

    boolean isBroken() {
        return broken != null;
    }

    /** Whether every cell is blank, as in a line of commas that a spreadsheet leaves at the end. */
    boolean isEmpty() {
        return !isBroken() && cells.stream().allMatch(String::isBlank);
    }
}
