package com.revealsync.lusha.input;

import com.revealsync.lusha.InputRow;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

/**
 * Reads the rows of one or more batch files, in order, as {@link InputRow}s: one item per row, a
 * revealed contact or a row problem, so that no row is lost.
 *
 * <p>Restartable: {@link #update} stores, under this reader's name, the file being read and the byte
 * offset and line just after the last row handed out; {@link #open} with that state seeks straight
 * there, so a restarted step goes on after its last committed chunk. Memory stays constant whatever
 * the size of the files. Not thread-safe (wrap it in a {@code SynchronizedItemStreamReader} for a
 * multi-threaded step).
 */
public final class RevealedContactReader extends ItemStreamSupport implements ItemStreamReader<InputRow> {

    /** The name the nightly sync gives its reader; the restart state is stored under it. */
    public static final String DEFAULT_NAME = "revealedContactReader";

    static final String FILE_INDEX = "file.index";
    static final String FILE_NAME = "file.name";
    static final String OFFSET = "file.offset";
    static final String LINE = "file.line";
    static final String ROWS = "rows.read";

    private final List<Path> files;
    private int fileIndex;
    private BatchFile current;
    private long rowsRead;

    /**
     * @param name  the stable name under which the restart state is stored
     * @param files the batch files in reading order (see {@link InputFiles#resolve})
     */
    public RevealedContactReader(String name, List<Path> files) {
        setName(name);
        this.files = List.copyOf(files);
    }

    @Override
    public void open(ExecutionContext context) {
        fileIndex = context.getInt(getExecutionContextKey(FILE_INDEX), 0);
        rowsRead = context.getLong(getExecutionContextKey(ROWS), 0);
        long offset = context.getLong(getExecutionContextKey(OFFSET), 0);
        if (fileIndex >= files.size() || offset == 0) {
            return;
        }
        String expected = context.getString(getExecutionContextKey(FILE_NAME), "");
        Path path = files.get(fileIndex);
        if (!path.toString().equals(expected)) {
            throw new ItemStreamException("cannot restart: the stopped run was reading " + expected + " as input file "
                    + (fileIndex + 1) + ", now that is " + path + "; run it with the same input");
        }
        current = BatchFile.openAt(path, offset, context.getLong(getExecutionContextKey(LINE), 1));
    }

    @Override
    public InputRow read() {
        while (fileIndex < files.size()) {
            if (current == null) {
                current = BatchFile.open(files.get(fileIndex));
            }
            InputRow row = current.next();
            if (row != null) {
                rowsRead++;
                return row;
            }
            current.close();
            current = null;
            fileIndex++;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(getExecutionContextKey(FILE_INDEX), fileIndex);
        context.putString(getExecutionContextKey(FILE_NAME), fileIndex < files.size() ? files.get(fileIndex).toString() : "");
        context.putLong(getExecutionContextKey(OFFSET), current == null ? 0 : current.offset());
        context.putLong(getExecutionContextKey(LINE), current == null ? 1 : current.nextLine());
        context.putLong(getExecutionContextKey(ROWS), rowsRead);
    }

    /** The rows handed out so far, counted over every file and across restarts. */
    public long rowsRead() {
        return rowsRead;
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
