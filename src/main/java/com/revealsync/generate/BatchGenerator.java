package com.revealsync.generate;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a batch of generated revealed contacts with opencsv's {@link CSVWriter}, one row at a time
 * (constant memory whatever the row count). A row is messy with probability {@code badFraction},
 * of a kind drawn evenly from {@link BadRowKind}; the output is a pure function of the settings.
 */
final class BatchGenerator {

    /** How many earlier rows a duplicate looks back at, at most, for a clean row to copy. */
    private static final int DUPLICATE_TRIES = 8;

    private final long rows;
    private final double badFraction;
    private final long seed;
    private final ContactRows contacts;

    BatchGenerator(long rows, double badFraction, long seed) {
        this.rows = rows;
        this.badFraction = badFraction;
        this.seed = seed;
        this.contacts = new ContactRows(seed, rows);
    }

    GenerateResult write(Writer out) {
        long start = System.nanoTime();
        Map<BadRowKind, Long> bad = new EnumMap<>(BadRowKind.class);
        ICSVWriter csv = writer(out, "\n");
        csv.writeNext(ContactRows.HEADER.toArray(String[]::new), false);
        try {
            for (long index = 0; index < rows; index++) {
                SplittableRandom random = Seeds.random(seed, Seeds.BAD, index);
                BadRowKind kind = random.nextDouble() < badFraction
                        ? BadRowKind.values()[random.nextInt(BadRowKind.values().length)] : null;
                long source = kind == BadRowKind.DUPLICATE ? cleanRowBefore(random, index) : index;
                if (source < 0) {
                    kind = BadRowKind.MISSING_LAST_NAME;
                    source = index;
                }
                String[] row = contacts.good(source);
                if (kind == null) {
                    csv.writeNext(row, false);
                    continue;
                }
                bad.merge(kind, 1L, Long::sum);
                BadRows.apply(kind, row, random, index);
                if (kind == BadRowKind.WRONG_COLUMN_COUNT) {
                    csv.writeNext(Arrays.copyOf(row, row.length - 1 - random.nextInt(5)), false);
                } else if (kind == BadRowKind.BROKEN_QUOTING) {
                    csv.flush();
                    out.write(render(row).replace(BadRows.STRAY_QUOTE_MARK, "\"Head of Sales"));
                    out.write('\n');
                } else {
                    csv.writeNext(row, false);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated batch: " + e.getMessage(), e);
        }
        if (csv.checkError()) {
            throw new UncheckedIOException(new IOException("cannot write the generated batch", csv.getException()));
        }
        return new GenerateResult(rows, bad, System.nanoTime() - start);
    }

    /** An earlier row that was written clean, for a duplicate to copy, or -1 when none was found. */
    private long cleanRowBefore(SplittableRandom random, long index) {
        for (int i = 0; i < DUPLICATE_TRIES && index > 0; i++) {
            long candidate = random.nextLong(index);
            if (Seeds.random(seed, Seeds.BAD, candidate).nextDouble() >= badFraction) {
                return candidate;
            }
        }
        return -1;
    }

    private static String render(String[] row) {
        StringWriter text = new StringWriter();
        ICSVWriter csv = writer(text, "");
        csv.writeNext(row, false);
        return text.toString();
    }

    private static ICSVWriter writer(Writer out, String lineEnd) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, lineEnd);
    }
}
