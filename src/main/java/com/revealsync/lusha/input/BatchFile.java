package com.revealsync.lusha.input;

import com.revealsync.lusha.InputRow;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A cursor over the rows of one batch file: reads its header, then hands out one {@link InputRow}
 * per row. It knows where the next row starts (byte offset and line), so that a reader restarted
 * after a failure can open the file again right there.
 */
final class BatchFile implements Closeable {

    private final String name;
    private final HeaderLayout header;
    private final RowConverter converter;
    private final CsvRecords records;
    private long offset;
    private long nextLine;

    private BatchFile(String name, HeaderLayout header, CsvRecords records, long offset, long nextLine) {
        this.name = name;
        this.header = header;
        this.converter = new RowConverter(header);
        this.records = records;
        this.records.expectColumns(header.size());
        this.offset = offset;
        this.nextLine = nextLine;
    }

    /** Opens a file at its first row, its header read and checked. */
    static BatchFile open(Path path) {
        return openAt(path, 0, 0);
    }

    /**
     * Opens a file at a row where an earlier cursor stopped ({@link #offset()}, {@link #nextLine()}),
     * or at its first row when {@code offset} is 0.
     *
     * @throws InputFileError when the file is empty or its header is not usable
     */
    static BatchFile openAt(Path path, long offset, long line) {
        String name = path.toString();
        CsvRecords records = null;
        try {
            records = records(path, name, 0, 1);
            CsvRecord head = records.next();
            if (head == null) {
                throw new InputFileError(new FileProblem(name, 0,
                        "is empty: a batch needs a header row and at least one row of revealed contacts"));
            }
            if (head.isBroken()) {
                throw new InputFileError(new FileProblem(name, head.line(), "the header row cannot be read: "
                        + head.broken()));
            }
            HeaderLayout header = HeaderLayout.parse(name, head.line(), head.cells());
            if (offset > head.endOffset()) {
                records.close();
                records = records(path, name, offset, line);
                return new BatchFile(name, header, records, offset, line);
            }
            return new BatchFile(name, header, records, head.endOffset(), head.nextLine());
        } catch (IOException e) {
            closeQuietly(records);
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(records);
            throw e;
        }
    }

    private static CsvRecords records(Path path, String name, long offset, long line) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        if (offset > channel.size()) {
            channel.close();
            throw new InputFileError(new FileProblem(name, line, "is shorter than when the run stopped ("
                    + channel.size() + " bytes, the run had read " + offset + "): the file changed"));
        }
        channel.position(offset);
        return new CsvRecords(new PhysicalLines(name, Channels.newInputStream(channel), offset, line));
    }

    /** The next row, or null after the last one. Lines of commas only are skipped like blank lines. */
    InputRow next() {
        try {
            CsvRecord record = records.next();
            while (record != null && record.isEmpty()) {
                record = records.next();
            }
            if (record == null) {
                return null;
            }
            offset = record.endOffset();
            nextLine = record.nextLine();
            return converter.convert(name, record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads the rest of the file only to check its encoding; returns how many lines it has. */
    long skipRest() {
        try {
            return records.skipRest();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    HeaderLayout header() {
        return header;
    }

    /** The byte offset just after the last row handed out (after the header before the first row). */
    long offset() {
        return offset;
    }

    /** The line number at {@link #offset()}. */
    long nextLine() {
        return nextLine;
    }

    @Override
    public void close() {
        closeQuietly(records);
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // closing a file opened for reading: nothing was written, nothing can be lost
        }
    }
}
