package com.revealsync.org.bulk;

import java.util.List;

/** A data batch read and checked against the job's object: its column names and its records in order. */
public record ParsedBatch(List<String> header, List<BatchRecord> records) {
    public ParsedBatch {
        header = List.copyOf(header);
        records = List.copyOf(records);
    }
}
