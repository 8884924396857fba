package com.revealsync.report;

import com.revealsync.cli.UserError;
import com.revealsync.run.ExportLinks;
import com.revealsync.run.OutcomeStore;
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
 * {@code report.html}. Rows are streamed, in one pass that also gathers the page's figures on the
 * SKIPPED and FAILED rows ({@link ErrorGroups}); the totals come from the sync's counters. Each
 * file is written under a temporary name and moved into place, so a folder never holds half a
 * report.
 */
@Component
public class ReportService {

    static final int TOP_PROBLEMS = 10;
    /** Up to this many runs the "over time" chart has a column per run; beyond, a column per day. */
    static final int MAX_RUN_COLUMNS = 20;

    private final RunSelector selector;
    private final OutcomeCursor cursor;
    private final OutcomeStore outcomes;
    private final FixHints hints;
    private final HtmlViewBuilder views;
    private final HtmlReport html;
    private final Clock clock;

    @Autowired
    public ReportService(DataSource dataSource) {
        this(dataSource, FixHints.shipped(), Clock.systemDefaultZone());
    }

    ReportService(DataSource dataSource, FixHints hints, Clock clock) {
        this.cursor = new OutcomeCursor(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.selector = new RunSelector(jdbc);
        // read only: the report asks it for runs' counts, it stores nothing here
        this.outcomes = new OutcomeStore(jdbc, clock, new ExportLinks(jdbc));
        this.hints = hints;
        this.views = new HtmlViewBuilder(hints);
        this.html = new HtmlReport();
        this.clock = clock;
    }

    public ReportFiles write(ReportSelection selection, Path directory) {
        return write(selector.resolve(selection), directory);
    }

    /**
     * Reads the runs' rows once, whatever their number: the SKIPPED and FAILED rows and those with
     * warnings, for the page's figures and both CSV files. The totals come from the sync's counters.
     */
    public ReportFiles write(ReportScope scope, Path directory) {
        createFolder(directory);
        List<Long> runs = scope.runIds();
        Path errors = directory.resolve(ErrorsCsv.FILE_NAME);
        Path warnings = directory.resolve(WarningsCsv.FILE_NAME);
        Path page = directory.resolve(HtmlReport.FILE_NAME);
        ErrorGroups groups = new ErrorGroups(HtmlReport.TABLE_ROWS);
        Path errorsPart = part(errors);
        Path warningsPart = part(warnings);
        long errorRows;
        Map<String, Long> warningCounts;
        try {
            try (ErrorsCsv errorsCsv = new ErrorsCsv(errorsPart, hints);
                 WarningsCsv warningsCsv = new WarningsCsv(warningsPart, hints)) {
                cursor.forEachErrorOrWarning(runs, (row, recordedAt) -> {
                    if (OutcomeCursor.isError(row)) {
                        groups.add(row, recordedAt);
                        errorsCsv.write(row);
                    }
                    warningsCsv.write(row);
                });
                errorsCsv.finish();
                errorRows = errorsCsv.written();
                warningCounts = warningsCsv.byCode();
            }
            moveIntoPlace(errorsPart, errors);
            moveIntoPlace(warningsPart, warnings);
        } finally {
            deleteLeftover(errorsPart);
            deleteLeftover(warningsPart);
        }
        ReportData data = gather(scope, groups, warningCounts);
        writeAtomically(page, part -> {
            html.write(part, views.build(data));
            return page;
        });
        long warningTotal = warningCounts.values().stream().mapToLong(Long::longValue).sum();
        return new ReportFiles(scope, directory, errors, warnings, page, data.totalRows(), errorRows, warningTotal);
    }

    private ReportData gather(ReportScope scope, ErrorGroups groups, Map<String, Long> warningsByCode) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (scope.isEmpty()) {
            return new ReportData(scope, now, Map.of(), List.of(), List.of(), List.of(), false, List.of(), List.of(),
                    List.of(), warningsByCode);
        }
        RunCounts counts = RunCounts.of(outcomes, scope.runIds());
        boolean perDay = scope.runs().size() > MAX_RUN_COLUMNS;
        return new ReportData(scope, now, counts.totals(), groups.byCode(), groups.byUser(),
                perDay ? counts.perDay(scope) : counts.perRun(scope), perDay, groups.reconnect(),
                groups.problems(TOP_PROBLEMS), groups.errorRows(), warningsByCode);
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
        Path part = part(target);
        try {
            T result = writer.apply(part);
            moveIntoPlace(part, target);
            return result;
        } finally {
            deleteLeftover(part);
        }
    }

    private static Path part(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    private static void moveIntoPlace(Path part, Path target) {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void deleteLeftover(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the write or move failed already and is reported; a leftover .part file is harmless
        }
    }
}
