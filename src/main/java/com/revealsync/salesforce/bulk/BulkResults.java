package com.revealsync.salesforce.bulk;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a batch's result CSV ({@code "Id","Success","Created","Error"}, one row per request row, in
 * the same order) and puts each row under the key of the request row it answers.
 */
final class BulkResults {

    private BulkResults() {
    }

    static List<WriteResult> read(InputStream csv, List<String> keys, String batchId) throws IOException {
        List<String[]> rows;
        try (CSVReader reader = new CSVReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            rows = reader.readAll();
        } catch (CsvException e) {
            throw mismatch(batchId, "its result CSV cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw mismatch(batchId, "its result CSV is empty");
        }
        List<String> header = Arrays.stream(rows.get(0)).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int id = header.indexOf("id");
        int success = header.indexOf("success");
        int created = header.indexOf("created");
        int error = header.indexOf("error");
        if (id < 0 || success < 0 || error < 0) {
            throw mismatch(batchId, "its result CSV lacks the Id, Success or Error column: " + header);
        }
        if (rows.size() - 1 != keys.size()) {
            throw mismatch(batchId, "the org answered " + (rows.size() - 1) + " result rows for " + keys.size()
                    + " records");
        }
        List<WriteResult> results = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String[] row = rows.get(i + 1);
            String recordId = blankToNull(cell(row, id));
            if (Boolean.parseBoolean(cell(row, success))) {
                results.add(WriteResult.succeeded(keys.get(i), recordId, created >= 0 && Boolean.parseBoolean(cell(row, created))));
            } else {
                results.add(WriteResult.failed(keys.get(i), recordId, BulkErrors.parse(cell(row, error))));
            }
        }
        return results;
    }

    private static String cell(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static SalesforceApiException mismatch(String batchId, String problem) {
        return new SalesforceApiException("bulk batch " + batchId, "RESULT_MISMATCH", problem);
    }
}
