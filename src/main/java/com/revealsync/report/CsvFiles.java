package com.revealsync.report;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the report's CSV files the same way: UTF-8 with a BOM (so Excel reads accents), RFC 4180. */
final class CsvFiles {

    private CsvFiles() {
    }

    static ICSVWriter open(Path file) {
        try {
            Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            return new CSVWriterBuilder(out).withLineEnd("\r\n").build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes one row, every cell neutralised against spreadsheet formulas. */
    static void writeSafe(ICSVWriter csv, String... cells) {
        csv.writeNext(SpreadsheetSafe.row(cells), true);
    }
}
