package com.revealsync.backfill;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import com.revealsync.report.SpreadsheetSafe;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.transform.LineAggregator;
import org.springframework.core.io.FileSystemResource;

/**
 * The changes CSV ({@code --dry-run}, or {@code --changes-csv}): one line per field filled, with the
 * record, the old and the new value. Written through Spring Batch's transactional flat-file writer,
 * so a line appears only once its chunk committed and a restart goes on where the file ended; each
 * line formatted by opencsv (RFC 4180), cells neutralised against spreadsheet formulas.
 */
final class ChangesCsv implements LineAggregator<FieldChange> {

    static final String[] HEADER = {"record_id", "object", "field", "old_value", "new_value", "lusha_data_from"};

    static FlatFileItemWriter<FieldChange> writer(String name, Path file) {
        return new FlatFileItemWriterBuilder<FieldChange>()
                .name(name)
                .resource(new FileSystemResource(file))
                .encoding("UTF-8")
                .lineSeparator("\r\n")
                .headerCallback(w -> w.write(line(HEADER)))
                .lineAggregator(new ChangesCsv())
                .build();
    }

    @Override
    public String aggregate(FieldChange c) {
        return line(SpreadsheetSafe.row(c.recordId(), c.object(), c.field(), c.oldValue(), text(c.newValue()), c.from()));
    }

    static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private static String line(String[] cells) {
        StringWriter out = new StringWriter();
        try (ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("").build()) {
            csv.writeNext(cells, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
