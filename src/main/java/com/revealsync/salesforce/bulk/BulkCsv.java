package com.revealsync.salesforce.bulk;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.RecordWrite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes records as Bulk API v1 CSV batches: one header for the job (the union of the fields), an
 * empty cell for a field a record does not set, {@code #N/A} for a field it clears; each batch at
 * most the configured records and bytes.
 */
final class BulkCsv {

    static final String SET_NULL = "#N/A";

    /** One batch's CSV and the keys of its rows, in row order. */
    record Batch(List<String> keys, byte[] csv) {
    }

    private BulkCsv() {
    }

    static List<Batch> batches(BulkOperation operation, List<RecordWrite> records, BulkSettings settings) {
        List<String> columns = columns(operation, records);
        byte[] header = line(columns.toArray(String[]::new));
        List<Batch> batches = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        for (RecordWrite record : records) {
            byte[] row = line(row(operation, columns, record));
            if (header.length + row.length > settings.maxBytesPerBatch()) {
                throw new IllegalArgumentException("record " + record.key() + " is too big for a Bulk batch ("
                        + row.length + " bytes)");
            }
            if (!keys.isEmpty() && (keys.size() == settings.maxRecordsPerBatch()
                    || csv.size() + row.length > settings.maxBytesPerBatch())) {
                batches.add(new Batch(keys, csv.toByteArray()));
                keys = new ArrayList<>();
                csv = new ByteArrayOutputStream();
            }
            if (keys.isEmpty()) {
                csv.writeBytes(header);
            }
            csv.writeBytes(row);
            keys.add(record.key());
        }
        if (!keys.isEmpty()) {
            batches.add(new Batch(keys, csv.toByteArray()));
        }
        return batches;
    }

    private static List<String> columns(BulkOperation operation, List<RecordWrite> records) {
        Set<String> columns = new LinkedHashSet<>();
        if (operation == BulkOperation.UPDATE || operation == BulkOperation.DELETE) {
            columns.add("Id");
        }
        if (operation != BulkOperation.DELETE) {
            for (RecordWrite record : records) {
                columns.addAll(record.values().keySet());
                columns.addAll(record.fieldsToNull());
            }
        }
        return List.copyOf(columns);
    }

    private static String[] row(BulkOperation operation, List<String> columns, RecordWrite record) {
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            String column = columns.get(i);
            if (column.equals("Id") && (operation == BulkOperation.UPDATE || operation == BulkOperation.DELETE)) {
                cells[i] = record.id();
            } else if (record.fieldsToNull().contains(column)) {
                cells[i] = SET_NULL;
            } else {
                cells[i] = format(record.values().get(column));
            }
        }
        return cells;
    }

    /** A value as Bulk CSV text; an empty string, like a missing value, leaves the field as it is. */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof Instant t) {
            return t.toString();
        }
        return value.toString();
    }

    private static byte[] line(String[] cells) {
        StringWriter text = new StringWriter();
        try (ICSVWriter writer = new CSVWriter(text, ',', '"', '"', "\n")) {
            writer.writeNext(cells, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
