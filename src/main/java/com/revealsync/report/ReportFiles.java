package com.revealsync.report;

import java.nio.file.Path;

/** What a report wrote: the three files, and the counts a command prints. */
public record ReportFiles(ReportScope scope, Path directory, Path errorsCsv, Path warningsCsv, Path html,
                          long totalRows, long errorRows, long warnings) {
}
