package com.revealsync.lusha.input;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits physical lines into RFC 4180 records with opencsv's {@code RFC4180Parser}, counting the
 * lines of quoted values that span several, and recovering from broken quoting.
 *
 * <p>A stray quote opens a quoted value that swallows the lines after it. So a record whose quoted
 * value spans lines is accepted only when it closes within {@link #MAX_LINES_PER_RECORD} lines,
 * gives the header's column count and has not swallowed lines that read as rows of their own;
 * otherwise the record is reported as broken on its first line, and reading starts again on the line
 * after it (the lines it had swallowed are read again, as the rows they are). So no row is lost to a
 * stray quote: at worst a legitimate multi-line value that breaks these rules is reported along with
 * its following lines. Blank lines between records are skipped.
 */
final class CsvRecords implements Closeable {

    static final int MAX_LINES_PER_RECORD = 100;
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final PhysicalLines lines;
    private final Deque<PhysicalLine> replay = new ArrayDeque<>();
    private int expectedColumns = -1;
    /** Reused from record to record: it holds no state once a record is complete. */
    private ICSVParser parser = newParser();

    CsvRecords(PhysicalLines lines) {
        this.lines = lines;
    }

    /** The header's column count, once known: a multi-line record of another count is broken quoting. */
    void expectColumns(int count) {
        this.expectedColumns = count;
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() throws IOException {
        PhysicalLine first = nextLine();
        while (first != null && first.text().isBlank()) {
            first = nextLine();
        }
        if (first == null) {
            return null;
        }
        List<PhysicalLine> taken = new ArrayList<>(List.of(first));
        List<String> cells = new ArrayList<>();
        long chars = first.text().length();
        if (!parse(parser, first, cells)) {
            return broken(taken, "broken quoting: a quote on this line cannot be read as RFC 4180 CSV");
        }
        while (parser.isPending()) {
            PhysicalLine more = taken.size() < MAX_LINES_PER_RECORD && chars < MAX_RECORD_CHARS ? nextLine() : null;
            if (more == null) {
                return broken(taken, "broken quoting: a quoted value opened on this line is never closed"
                        + (taken.size() > 1 ? " (a stray \" ?)" : ""));
            }
            taken.add(more);
            chars += more.text().length();
            if (readsAsRow(more)) {
                return broken(taken, "broken quoting: a quoted value opened on this line runs into line "
                        + more.number() + ", which reads as a row of its own (a stray \" ?)");
            }
            if (!parse(parser, more, cells)) {
                return broken(taken, "broken quoting: a quoted value opened on this line is not closed properly");
            }
        }
        if (taken.size() > 1 && expectedColumns >= 0 && cells.size() != expectedColumns) {
            return broken(taken, "broken quoting: a quoted value opened on this line runs over " + taken.size()
                    + " lines and leaves " + cells.size() + " values where the header has " + expectedColumns
                    + " columns (a stray \" ?)");
        }
        if (taken.size() > 1 && expectedColumns >= 0 && swallowsRows(cells)) {
            return broken(taken, "broken quoting: a quoted value opened on this line runs over " + taken.size()
                    + " lines that hold rows of their own (a stray \" ?)");
        }
        PhysicalLine last = taken.get(taken.size() - 1);
        return new CsvRecord(first.number(), List.copyOf(cells), null, first.text(), last.endOffset(),
                last.number() + 1);
    }

    /**
     * Whether a line taken into a quoted value splits, on its own, into exactly a row's columns: then
     * it is a row that a stray quote is swallowing, not the text of a value. Checked as each line is
     * taken, so a stray quote costs a line or two and not a hundred. (On a header of fewer than five
     * columns, a line of plain prose could split into a row's columns, so this needs five.)
     */
    private boolean readsAsRow(PhysicalLine line) {
        if (expectedColumns < 5) {
            return false;
        }
        ICSVParser alone = newParser();
        List<String> own = new ArrayList<>();
        return parse(alone, line, own) && !alone.isPending() && own.size() == expectedColumns;
    }

    /**
     * Whether a quoted value that spans lines has swallowed rows all the same: two stray quotes in the
     * same column give the header's column count back, so the count alone cannot tell. A line of the
     * value that holds half a row's separators is not the text of one value (two stray quotes on
     * adjacent rows leave one such line at least).
     */
    private boolean swallowsRows(List<String> cells) {
        int separators = Math.max(4, expectedColumns / 2);
        for (String cell : cells) {
            if (cell.indexOf('\n') >= 0 && cell.lines().anyMatch(l -> count(l, ',') >= separators)) {
                return true;
            }
        }
        return false;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static boolean parse(ICSVParser parser, PhysicalLine line, List<String> cells) {
        try {
            String[] parsed = parser.parseLineMulti(line.text());
            if (parsed != null) {
                for (String cell : parsed) {
                    cells.add(cell == null ? "" : cell);
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ICSVParser newParser() {
        return new RFC4180ParserBuilder().build();
    }

    /** Reports the record on its first line and gives the lines after it back to be read again. */
    private CsvRecord broken(List<PhysicalLine> taken, String reason) {
        parser = newParser();
        for (int i = taken.size() - 1; i >= 1; i--) {
            replay.addFirst(taken.get(i));
        }
        PhysicalLine first = taken.get(0);
        return new CsvRecord(first.number(), List.of(), reason, first.text(), first.endOffset(), first.number() + 1);
    }

    /** Reads the rest of the file only to check its encoding; returns how many lines it has. */
    long skipRest() throws IOException {
        long count = replay.size();
        replay.clear();
        while (lines.skip()) {
            count++;
        }
        return count;
    }

    private PhysicalLine nextLine() throws IOException {
        return replay.isEmpty() ? lines.next() : replay.pollFirst();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
