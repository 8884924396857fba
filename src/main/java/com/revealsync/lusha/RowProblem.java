package com.revealsync.lusha;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A row of a batch that could not be read into a {@link RevealedContact}: it is skipped and
 * reported with its line, and the rest of the file goes on.
 *
 * @param ref        where the row starts (file and physical line)
 * @param code       one of {@link #INVALID_ROW}, {@link #REQUIRED_VALUE_MISSING}, {@link #INVALID_VALUE}
 * @param field      the key of the Lusha field at fault, or null when the row as a whole is broken
 * @param message    what is wrong, for an admin (every problem of the row, separated by "; ")
 * @param rawColumns the row's columns as read (header name to value); for a row that could not be
 *                   split into columns, the raw text of its first line under {@link #RAW_LINE}
 */
public record RowProblem(RowRef ref, String code, String field, String message, Map<String, String> rawColumns)
        implements InputRow {

    /** The row cannot be split into the header's columns: wrong column count, broken quoting. */
    public static final String INVALID_ROW = "INVALID_ROW";
    /** A required value (lusha_id, revealed_by) is empty. */
    public static final String REQUIRED_VALUE_MISSING = "REQUIRED_VALUE_MISSING";
    /** A value is outside its allowed set or format (export_as, a type column, revealed_at, ...). */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** The key of {@link #rawColumns} that holds the raw text of a row that could not be split. */
    public static final String RAW_LINE = "(raw line)";

    public RowProblem {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        rawColumns = Collections.unmodifiableMap(new LinkedHashMap<>(rawColumns));
    }

    @Override
    public RowRef source() {
        return ref;
    }
}
