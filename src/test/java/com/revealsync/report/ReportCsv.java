package com.revealsync.report;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a report CSV back for assertions: the header, then each row as column -> value. */
record ReportCsv(List<String> header, List<Map<String, String>> rows, List<String[]> raw) {

    static ReportCsv read(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError(file + " does not start with a UTF-8 BOM");
        }
        try (Reader in = new java.io.StringReader(text.substring(1)); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            List<String> header = List.of(all.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] cells : all.subList(1, all.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.length ? cells[i] : null);
                }
                rows.add(row);
            }
            return new ReportCsv(header, rows, all);
        }
    }
}
