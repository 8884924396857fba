package com.revealsync.sync;

import com.opencsv.CSVWriter;
import com.revealsync.cli.UserError;
import com.revealsync.lusha.RowProblem;
import com.revealsync.run.SourceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SKIPPED and FAILED rows of a run, written back out as a revealed-contact batch for
 * {@code retry-failed}: each row's source columns as they were read, plus where it came from
 * ({@code retry_of_file}, {@code retry_of_line}: unknown columns, so reports show them). Rows that
 * could not be read at all are left out: the file itself must be fixed and synced again.
 */
@Component
public class FailedRows {

    static final String RETRY_OF_FILE = "retry_of_file";
    static final String RETRY_OF_LINE = "retry_of_line";
    private static final Set<String> INPUT_PROBLEMS =
            Set.of(RowProblem.INVALID_ROW, RowProblem.REQUIRED_VALUE_MISSING, RowProblem.INVALID_VALUE);

    private final JdbcTemplate jdbc;
    private final SourceJson sources;

    public FailedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sources = new SourceJson(jdbc);
    }

    /** What was written: rows to retry, and rows left for the admin to fix in the file. */
    public record Export(Path file, int rows, List<String> unreadable) {
    }

    public Export export(long runId, Path file) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        jdbc.query("SELECT source_file, line_no, code, source_json FROM row_outcome WHERE run_id = ? "
                + "AND outcome IN ('SKIPPED', 'FAILED') ORDER BY source_file, line_no", rs -> {
            String where = rs.getString(1) + ":" + rs.getLong(2);
            if (INPUT_PROBLEMS.contains(rs.getString(3))) {
                unreadable.add(where + " (" + rs.getString(3) + ")");
                return;
            }
            Map<String, String> columns = sources.columns(rs.getString(4));
            columns.put(RETRY_OF_FILE, rs.getString(1));
            columns.put(RETRY_OF_LINE, Long.toString(rs.getLong(2)));
            rows.add(columns);
        }, runId);
        if (rows.isEmpty()) {
            throw new UserError("run " + runId + " has no skipped or failed rows that can be retried"
                    + (unreadable.isEmpty() ? "" : "; fix these in their files and sync them again: " + unreadable));
        }
        write(file, rows);
        return new Export(file, rows.size(), unreadable);
    }

    private static void write(Path file, List<Map<String, String>> rows) {
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(r -> header.addAll(r.keySet()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVWriter csv = new CSVWriter(out)) {
                csv.writeNext(header.toArray(String[]::new), false);
                for (Map<String, String> row : rows) {
                    csv.writeNext(header.stream().map(h -> row.getOrDefault(h, "")).toArray(String[]::new), false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rows to retry to " + file, e);
        }
    }
}
