package com.revealsync.report;

import com.opencsv.ICSVWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code errors.csv}: one row per SKIPPED or FAILED input row, with its fix hint and its source
 * columns. The source columns are the union over all rows, in first-seen order, each named
 * {@code source.<header>} so that they never clash with the report's own columns.
 *
 * <p>The header needs every row's columns, and the rows come in one pass over the database (with
 * the rows the other files need, {@link OutcomeCursor#forEachErrorOrWarning}): rows go to a spool
 * file beside the target first, each with the source columns known when it came (the union only
 * grows at its end, so a row's cells are a prefix of the final columns), and {@link #finish()}
 * writes the header and the rows, each padded with empty cells to the final width. Memory stays
 * that of one row; the spool is deleted by {@link #close()}.
 */
final class ErrorsCsv implements Closeable {

    static final String FILE_NAME = "errors.csv";
    static final String SOURCE_PREFIX = "source.";
    static final List<String> COLUMNS = List.of("run_id", "file", "line", "lusha_id", "lusha_user", "record_type",
            "outcome", "code", "message", "salesforce_fields", "fix_hint");

    private final Path file;
    private final Path spoolFile;
    private final DataOutputStream spool;
    private final FixHints hints;
    private final Set<String> sourceColumns = new LinkedHashSet<>();
    private long written;

    /** Starts the file's spool (beside {@code file}); nothing is written to {@code file} before {@link #finish()}. */
    ErrorsCsv(Path file, FixHints hints) {
        this.file = file;
        this.spoolFile = file.resolveSibling(file.getFileName() + ".spool");
        this.hints = hints;
        try {
            this.spool = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spoolFile), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + spoolFile, e);
        }
    }

    void write(OutcomeRow row) {
        Map<String, String> source = RowJson.sourceColumns(row.sourceJson());
        sourceColumns.addAll(source.keySet());
        try {
            spool.writeInt(COLUMNS.size() + sourceColumns.size());
            for (String cell : reportCells(row)) {
                writeCell(cell);
            }
            for (String column : sourceColumns) {
                writeCell(source.getOrDefault(column, ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + spoolFile, e);
        }
        written++;
    }

    /** The rows written so far. */
    long written() {
        return written;
    }

    /** Writes {@code file}: the header, then every row in the order written, padded to the header's width. */
    void finish() {
        try {
            spool.close();
            List<String> header = new ArrayList<>(COLUMNS);
            sourceColumns.forEach(column -> header.add(SOURCE_PREFIX + column));
            try (ICSVWriter csv = CsvFiles.open(file);
                 DataInputStream rows = new DataInputStream(new BufferedInputStream(Files.newInputStream(spoolFile), 1 << 16))) {
                CsvFiles.writeSafe(csv, header.toArray(String[]::new));
                for (long i = 0; i < written; i++) {
                    String[] cells = new String[header.size()];
                    int n = rows.readInt();
                    for (int c = 0; c < cells.length; c++) {
                        cells[c] = c < n ? readCell(rows) : "";
                    }
                    CsvFiles.writeSafe(csv, cells);
                }
            }
        } catch (EOFException e) {
            throw new IllegalStateException("the spool of " + file + " ended before its " + written + " rows", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Deletes the spool (the rows were written by {@link #finish()}, or the report failed). */
    @Override
    public void close() {
        try {
            spool.close();
            Files.deleteIfExists(spoolFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + spoolFile, e);
        }
    }

    private List<String> reportCells(OutcomeRow row) {
        List<String> cells = new ArrayList<>(COLUMNS.size());
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
        return cells;
    }

    /** A cell as its UTF-8 bytes, length first; null as empty (what {@link SpreadsheetSafe} makes of it). */
    private void writeCell(String cell) throws IOException {
        byte[] bytes = cell == null ? new byte[0] : cell.getBytes(StandardCharsets.UTF_8);
        spool.writeInt(bytes.length);
        spool.write(bytes);
    }

    private static String readCell(DataInputStream rows) throws IOException {
        byte[] bytes = new byte[rows.readInt()];
        rows.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
