package com.revealsync.report;

import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code warnings.csv}: one row per warning (a value left out of a record that did go, e.g.
 * FIELD_TYPE_MISMATCH), whatever the row's outcome. Counts them per code for the HTML page:
 * warnings live in JSON, which portable SQL cannot group, so they are counted while written.
 */
final class WarningsCsv implements Closeable {

    static final String FILE_NAME = "warnings.csv";
    static final List<String> COLUMNS = List.of("run_id", "file", "line", "lusha_id", "lusha_user", "record_type",
            "outcome", "code", "salesforce_field", "message", "fix_hint");

    private final ICSVWriter csv;
    private final FixHints hints;
    private final Map<String, Long> byCode = new TreeMap<>();

    /** Opens the file and writes its header. */
    WarningsCsv(Path file, FixHints hints) {
        this.hints = hints;
        this.csv = CsvFiles.open(file);
        CsvFiles.writeSafe(csv, COLUMNS.toArray(String[]::new));
    }

    /** Writes a row's warnings, one line each (none for a row without). */
    void write(OutcomeRow row) {
        for (Warning warning : RowJson.warnings(row.warningsJson())) {
            byCode.merge(warning.code(), 1L, Long::sum);
            CsvFiles.writeSafe(csv, Long.toString(row.runId()), row.sourceFile(), Long.toString(row.lineNo()),
                    row.lushaId(), row.revealedBy(), row.recordType(), row.outcome(), warning.code(),
                    warning.field(), warning.message(),
                    hints.forCode(warning.code()).fix(warning.field(), row.revealedBy(), row.runId()));
        }
    }

    /** The warnings written so far, per code. */
    Map<String, Long> byCode() {
        return byCode;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE_NAME, e);
        }
    }
}
