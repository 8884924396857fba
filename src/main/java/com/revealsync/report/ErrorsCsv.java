package com.revealsync.report;

import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code errors.csv}: one row per SKIPPED or FAILED input row, with its fix hint and its source
 * columns. The source columns are the union over all rows, in first-seen order, each named
 * {@code source.<header>} so that they never clash with the report's own columns: the report
 * collects them in its first pass over the rows ({@link OutcomeCursor#forEachErrorRow}) and writes
 * this file in its second, row by row.
 */
final class ErrorsCsv implements Closeable {

    static final String FILE_NAME = "errors.csv";
    static final String SOURCE_PREFIX = "source.";
    static final List<String> COLUMNS = List.of("run_id", "file", "line", "lusha_id", "lusha_user", "record_type",
            "outcome", "code", "message", "salesforce_fields", "fix_hint");

    private final ICSVWriter csv;
    private final Set<String> sourceColumns;
    private final FixHints hints;
    private long written;

    /** Opens the file and writes its header: the report's columns, then {@code sourceColumns}. */
    ErrorsCsv(Path file, Set<String> sourceColumns, FixHints hints) {
        this.sourceColumns = sourceColumns;
        this.hints = hints;
        List<String> header = new ArrayList<>(COLUMNS);
        sourceColumns.forEach(column -> header.add(SOURCE_PREFIX + column));
        this.csv = CsvFiles.open(file);
        CsvFiles.writeSafe(csv, header.toArray(String[]::new));
    }

    void write(OutcomeRow row) {
        CsvFiles.writeSafe(csv, cells(row));
        written++;
    }

    /** The rows written so far. */
    long written() {
        return written;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE_NAME, e);
        }
    }

    private String[] cells(OutcomeRow row) {
        List<String> cells = new ArrayList<>(COLUMNS.size() + sourceColumns.size());
        cells.add(Long.toString(row.runId()));
        cells.add(row.sourceFile());
        cells.add(Long.toString(row.lineNo()));
        cells.add(row.lushaId());
        cells.add(row.revealedBy());
        cells.add(row.recordType());
        cells.add(row.outcome());
        cells.add(row.code());
        cells.add(row.message());
        cells.add(row.fields());
        cells.add(hints.forCode(row.code()).fix(row.fields(), row.revealedBy(), row.runId()));
        Map<String, String> source = RowJson.sourceColumns(row.sourceJson());
        sourceColumns.forEach(column -> cells.add(source.getOrDefault(column, "")));
        return cells.toArray(String[]::new);
    }
}
