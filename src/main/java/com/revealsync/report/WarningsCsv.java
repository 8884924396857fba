package com.revealsync.report;

import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code warnings.csv}: one row per warning (a value left out of a record that did go, e.g.
 * FIELD_TYPE_MISMATCH), whatever the row's outcome. Returns the count per code for the HTML page:
 * warnings live in JSON, which portable SQL cannot group, so they are counted while streaming.
 */
final class WarningsCsv {

    static final String FILE_NAME = "warnings.csv";
    static final List<String> COLUMNS = List.of("run_id", "file", "line", "lusha_id", "lusha_user", "record_type",
            "outcome", "code", "salesforce_field", "message", "fix_hint");

    private final OutcomeCursor cursor;
    private final FixHints hints;

    WarningsCsv(OutcomeCursor cursor, FixHints hints) {
        this.cursor = cursor;
        this.hints = hints;
    }

    /** Writes the file; returns the number of warnings per code. */
    Map<String, Long> write(Path file, List<Long> runs) {
        Map<String, Long> byCode = new TreeMap<>();
        try (ICSVWriter csv = CsvFiles.open(file)) {
            CsvFiles.writeSafe(csv, COLUMNS.toArray(String[]::new));
            cursor.forEachWithWarnings(runs, row -> {
                for (Warning warning : RowJson.warnings(row.warningsJson())) {
                    byCode.merge(warning.code(), 1L, Long::sum);
                    CsvFiles.writeSafe(csv, Long.toString(row.runId()), row.sourceFile(), Long.toString(row.lineNo()),
                            row.lushaId(), row.revealedBy(), row.recordType(), row.outcome(), warning.code(),
                            warning.field(), warning.message(),
                            hints.forCode(warning.code()).fix(warning.field(), row.revealedBy(), row.runId()));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return byCode;
    }
}
