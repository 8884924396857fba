package com.revealsync.org.bulk2;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.revealsync.org.bulk.BatchContent;
import com.revealsync.org.bulk.BatchRecord;
import com.revealsync.org.bulk.CsvRow;
import com.revealsync.org.bulk.QueryResultWriter;
import com.revealsync.org.bulk.ResultCsv;
import com.revealsync.org.bulk.StrictCsvReader;
import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.SaveResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The result files of a Bulk API 2.0 job, in the job's delimiter and line ending, every value quoted:
 * successful records ({@code sf__Id, sf__Created}, then the row as uploaded), failed records
 * ({@code sf__Id, sf__Error}, then the row), unprocessed records (the row), and query result pages.
 */
final class Bulk2Results {

    private Bulk2Results() {
    }

    static String successful(Job2 job) {
        return outcomes(job, "sf__Created", true);
    }

    static String failed(Job2 job) {
        return outcomes(job, "sf__Error", false);
    }

    private static String outcomes(Job2 job, String secondColumn, boolean successes) {
        Job2.IngestOutcome outcome = job.ingest();
        List<String[]> rows = new ArrayList<>();
        List<String> header = outcome == null ? uploadedHeader(job) : outcome.header();
        rows.add(row("sf__Id", secondColumn, header));
        if (outcome != null) {
            for (int i = 0; i < outcome.results().size(); i++) {
                SaveResult result = outcome.results().get(i);
                if (result != null && result.success() == successes) {
                    String second = successes ? String.valueOf(result.created()) : ResultCsv.errorText(result.errors());
                    rows.add(row(result.id() == null ? "" : result.id(), second,
                            padded(outcome.records().get(i).cells(), header.size())));
                }
            }
        }
        return write(job.spec(), rows);
    }

    /** Rows never processed: all of an upload that was never processed, or those after an abort. */
    static String unprocessed(Job2 job) {
        Job2.IngestOutcome outcome = job.ingest();
        List<String[]> rows = new ArrayList<>();
        if (outcome == null) {
            for (CsvRow row : uploadedRows(job)) {
                rows.add(row.cells().toArray(String[]::new));
            }
        } else {
            rows.add(outcome.header().toArray(String[]::new));
            for (int i = 0; i < outcome.results().size(); i++) {
                if (outcome.results().get(i) == null) {
                    BatchRecord record = outcome.records().get(i);
                    rows.add(padded(record.cells(), outcome.header().size()).toArray(String[]::new));
                }
            }
        }
        return write(job.spec(), rows);
    }

    /** One page of a query job's rows: the header, then rows {@code from} (inclusive) to {@code to}. */
    static String queryPage(Job2 job, int from, int to) {
        Job2.QueryOutcome outcome = job.query();
        List<String[]> rows = new ArrayList<>();
        rows.add(outcome.columns().toArray(String[]::new));
        for (QueryRecord record : outcome.rows().subList(from, to)) {
            String[] values = new String[outcome.columns().size()];
            for (int c = 0; c < values.length; c++) {
                String value = QueryResultWriter.value(record, outcome.columns().get(c));
                values[c] = value == null ? "" : value;
            }
            rows.add(values);
        }
        return write(job.spec(), rows);
    }

    private static List<CsvRow> uploadedRows(Job2 job) {
        byte[] data = job.data();
        if (data == null) {
            return List.of();
        }
        return StrictCsvReader.read(BatchContent.utf8(data), job.spec().delimiter().character());
    }

    private static List<String> uploadedHeader(Job2 job) {
        List<CsvRow> rows = uploadedRows(job);
        return rows.isEmpty() ? List.of() : rows.get(0).cells();
    }

    private static String[] row(String first, String second, List<String> rest) {
        String[] row = new String[rest.size() + 2];
        row[0] = first;
        row[1] = second;
        for (int i = 0; i < rest.size(); i++) {
            row[i + 2] = rest.get(i);
        }
        return row;
    }

    private static List<String> padded(List<String> cells, int size) {
        List<String> out = new ArrayList<>(cells.subList(0, Math.min(size, cells.size())));
        while (out.size() < size) {
            out.add("");
        }
        return out;
    }

    private static String write(Job2Spec spec, List<String[]> rows) {
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = new CSVWriter(out, spec.delimiter().character(), ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, spec.lineSeparator())) {
            rows.forEach(csv::writeNext);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
