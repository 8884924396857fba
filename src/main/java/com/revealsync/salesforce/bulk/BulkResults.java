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

    /** The code of results that do not answer the batch's rows one for one. */
    static final String MISMATCH = "RESULT_MISMATCH";

    private BulkResults() {
    }

    /**
     * Reads the rows as they stream in, one at a time (opencsv's {@code readAll} gives a linked
     * list, and reading it by index made a 10,000-row batch cost ~50 million steps).
     */
    static List<WriteResult> read(InputStream csv, List<String> keys, String batchId) throws IOException {
        List<WriteResult> results = new ArrayList<>(keys.size());
        try (CSVReader reader = new CSVReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String[] first = reader.readNext();
            if (first == null) {
                throw mismatch(batchId, "its result CSV is empty");
            }
            List<String> header = Arrays.stream(first).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            int id = header.indexOf("id");
            int success = header.indexOf("success");
            int created = header.indexOf("created");
            int error = header.indexOf("error");
            if (id < 0 || success < 0 || error < 0) {
                throw mismatch(batchId, "its result CSV lacks the Id, Success or Error column: " + header);
            }
            int answered = 0;
            for (String[] row = reader.readNext(); row != null; row = reader.readNext()) {
                if (answered < keys.size()) {
                    results.add(result(keys.get(answered), row, id, success, created, error));
                }
                answered++;
            }
            if (answered != keys.size()) {
                throw mismatch(batchId, "the org answered " + answered + " result rows for " + keys.size() + " records");
            }
        } catch (CsvException e) {
            throw mismatch(batchId, "its result CSV cannot be read: " + e.getMessage());
        }
        return results;
    }

    private static WriteResult result(String key, String[] row, int id, int success, int created, int error) {
        String recordId = blankToNull(cell(row, id));
        if (Boolean.parseBoolean(cell(row, success))) {
            return WriteResult.succeeded(key, recordId, created >= 0 && Boolean.parseBoolean(cell(row, created)));
        }
        return WriteResult.failed(key, recordId, BulkErrors.parse(cell(row, error)));
    }

    private static String cell(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static SalesforceApiException mismatch(String batchId, String problem) {
        return new SalesforceApiException("bulk batch " + batchId, MISMATCH, problem);
    }
}
