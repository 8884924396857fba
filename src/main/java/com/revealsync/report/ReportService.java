package com.revealsync.report;

import com.revealsync.cli.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the error report of some runs into a folder: {@code errors.csv}, {@code warnings.csv} and
 * {@code report.html}. Rows are streamed; the page's figures come from SQL aggregates. Each file
 * is written under a temporary name and moved into place, so a folder never holds half a report.
 */
@Component
public class ReportService {

    static final int TOP_PROBLEMS = 10;
    /** Up to this many runs the "over time" chart has a column per run; beyond, a column per day. */
    static final int MAX_RUN_COLUMNS = 20;

    private final RunSelector selector;
    private final ReportQueries queries;
    private final ErrorsCsv errorsCsv;
    private final WarningsCsv warningsCsv;
    private final HtmlViewBuilder views;
    private final HtmlReport html;
    private final Clock clock;

    @Autowired
    public ReportService(DataSource dataSource) {
        this(dataSource, FixHints.shipped(), Clock.systemDefaultZone());
    }

    ReportService(DataSource dataSource, FixHints hints, Clock clock) {
        OutcomeCursor cursor = new OutcomeCursor(dataSource);
        this.selector = new RunSelector(new JdbcTemplate(dataSource));
        this.queries = new ReportQueries(dataSource);
        this.errorsCsv = new ErrorsCsv(cursor, hints);
        this.warningsCsv = new WarningsCsv(cursor, hints);
        this.views = new HtmlViewBuilder(hints);
        this.html = new HtmlReport();
        this.clock = clock;
    }

    public ReportFiles write(ReportSelection selection, Path directory) {
        return write(selector.resolve(selection), directory);
    }

    public ReportFiles write(ReportScope scope, Path directory) {
        createFolder(directory);
        List<Long> runs = scope.runIds();
        Path errors = directory.resolve(ErrorsCsv.FILE_NAME);
        Path warnings = directory.resolve(WarningsCsv.FILE_NAME);
        Path page = directory.resolve(HtmlReport.FILE_NAME);
        long errorRows = writeAtomically(errors, part -> errorsCsv.write(part, runs));
        Map<String, Long> warningCounts = writeAtomically(warnings, part -> warningsCsv.write(part, runs));
        ReportData data = gather(scope, warningCounts);
        writeAtomically(page, part -> {
            html.write(part, views.build(data));
            return page;
        });
        long warningTotal = warningCounts.values().stream().mapToLong(Long::longValue).sum();
        return new ReportFiles(scope, directory, errors, warnings, page, data.totalRows(), errorRows, warningTotal);
    }

    private ReportData gather(ReportScope scope, Map<String, Long> warningsByCode) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (scope.isEmpty()) {
            return new ReportData(scope, now, Map.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(),
                    List.of(), warningsByCode);
        }
        List<Long> runs = scope.runIds();
        boolean perDay = runs.size() > MAX_RUN_COLUMNS;
        return new ReportData(scope, now, queries.totals(runs), queries.byCode(runs), queries.byUser(runs),
                perDay ? queries.perDay(runs) : queries.perRun(scope), perDay, queries.reconnect(runs),
                queries.problems(runs, TOP_PROBLEMS), queries.errorRows(runs, HtmlReport.TABLE_ROWS), warningsByCode);
    }

    private static void createFolder(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError("out: " + directory + " is a file, not a folder");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserError("out: cannot create the folder " + directory + " (" + e.getMessage() + ")");
        }
    }

    private static <T> T writeAtomically(Path target, Function<Path, T> writer) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            T result = writer.apply(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the move failed already and is reported; a leftover .part file is harmless
            }
        }
    }
}
