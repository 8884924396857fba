package com.revealsync.report;

import com.revealsync.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/**
 * On-demand benchmark (not part of the test suite): a run of N rows (default 100,000), a third
 * of them skipped or failed, each with ~1 KB of source columns; writes its report and prints the
 * time and heap used. Run it with a small heap to see the rows are streamed, not loaded:
 * <pre>
 * java -Xmx96m -cp target/classes:target/test-classes:$(cat cp.txt) com.revealsync.report.ReportBenchmark postgres 100000
 * </pre>
 */
public final class ReportBenchmark {

    private static final String[] CODES = {"REQUIRED_FIELD_MISSING", "DUPLICATES_DETECTED", "STRING_TOO_LONG",
            "RECONNECT_REQUIRED", "FIELD_CUSTOM_VALIDATION_EXCEPTION"};

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        TestDatabases.PostgresSchema schema = postgres ? TestDatabases.postgres("rs_bench") : null;
        try {
            DataSource dataSource = schema != null ? schema.dataSource()
                    : TestDatabases.h2File(Files.createTempDirectory("report-bench-db"));
            if (schema != null) {
                TestDatabases.createAppTables(dataSource);
            }
            long start = System.nanoTime();
            insert(dataSource, rows);
            System.out.printf("inserted %,d rows in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
            Path out = Files.createTempDirectory("report-bench");
            start = System.nanoTime();
            ReportFiles files = new ReportService(dataSource).write(new ReportSelection.Run(1), out);
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("report of %,d rows (%,d errors) in %.1f s; errors.csv %,d bytes; heap max %d MB, used %d MB%n",
                    files.totalRows(), files.errorRows(), (System.nanoTime() - start) / 1e9, Files.size(files.errorsCsv()),
                    runtime.maxMemory() >> 20, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    private static void insert(DataSource dataSource, int rows) throws Exception {
        String padding = "x".repeat(900);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement run = connection.prepareStatement("INSERT INTO sync_run (run_id, job_name, status,"
                    + " started_at) VALUES (1, 'nightlySync', 'COMPLETED', ?)")) {
                run.setObject(1, LocalDateTime.now());
                run.executeUpdate();
            }
            try (PreparedStatement row = connection.prepareStatement("INSERT INTO row_outcome (run_id, source_file,"
                    + " line_no, lusha_id, revealed_by, record_type, outcome, code, message, source_json, recorded_at)"
                    + " VALUES (1, 'big.csv', ?, ?, ?, 'Lead', ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    boolean error = i % 3 == 0;
                    row.setLong(1, i + 2);
                    row.setString(2, "L-" + i);
                    row.setString(3, "user" + (i % 40) + "@acme.example");
                    row.setString(4, error ? (i % 2 == 0 ? "SKIPPED" : "FAILED") : "CREATED");
                    row.setString(5, error ? CODES[i % CODES.length] : null);
                    row.setString(6, error ? "message " + i : null);
                    row.setString(7, "{\"Lusha ID\":\"L-" + i + "\",\"First Name\":\"A\",\"Notes\":\"" + padding + "\"}");
                    row.setObject(8, LocalDateTime.now());
                    row.addBatch();
                    if (i % 1000 == 999) {
                        row.executeBatch();
                    }
                }
                row.executeBatch();
            }
            connection.commit();
        }
    }
}
