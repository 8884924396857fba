package com.revealsync.org.bulk;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.RecordInput;
import java.util.List;

/**
 * One record of a batch, in request order: the cells as sent (for results that echo the row), and
 * either the record to hand to the org or, when the row itself could not be read, its error.
 */
public record BatchRecord(int line, List<String> cells, RecordInput input, OrgError error) {
    public BatchRecord {
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public static BatchRecord of(int line, List<String> cells, RecordInput input) {
        return new BatchRecord(line, cells, input, null);
    }

    public static BatchRecord unreadable(int line, List<String> cells, OrgError error) {
        return new BatchRecord(line, cells, null, error);
    }

    public boolean readable() {
        return error == null;
    }
}
