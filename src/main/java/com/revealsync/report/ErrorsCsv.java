package com.revealsync.report;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code errors.csv}: one row per SKIPPED or FAILED input row, with its fix hint and its source
 * columns. The source columns are the union over all rows, in first-seen order, each named
 * {@code source.<header>} so that they never clash with the report's own columns. Two streaming
 * passes: the first collects the column names (a few dozen strings), the second writes the rows.
 */
final class ErrorsCsv {

    static final String FILE_NAME = "errors.csv";
    static final String SOURCE_PREFIX = "source.";
    static final List<String> COLUMNS = List.of("run_id", "file", "line", "lusha_id", "lusha_user", "record_type",
            "outcome", "code", "message", "salesforce_fields", "fix_hint");

    private final OutcomeCursor cursor;
    private final FixHints hints;

    ErrorsCsv(OutcomeCursor cursor, FixHints hints) {
        this.cursor = cursor;
        this.hints = hints;
    }

    /** Writes the file and returns the number of rows written. */
    long write(Path file, List<Long> runs) {
        Set<String> sourceColumns = new LinkedHashSet<>();
        cursor.forEachErrorSource(runs, json -> sourceColumns.addAll(RowJson.sourceColumns(json).keySet()));
        List<String> header = new ArrayList<>(COLUMNS);
        sourceColumns.forEach(column -> header.add(SOURCE_PREFIX + column));
        long[] written = {0};
        try (ICSVWriter csv = CsvFiles.open(file)) {
            CsvFiles.writeSafe(csv, header.toArray(String[]::new));
            cursor.forEachError(runs, row -> {
                CsvFiles.writeSafe(csv, cells(row, sourceColumns));
                written[0]++;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return written[0];
    }

    private String[] cells(OutcomeRow row, Set<String> sourceColumns) {
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
