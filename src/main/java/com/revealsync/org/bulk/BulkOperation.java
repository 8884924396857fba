package com.revealsync.org.bulk;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The operations a Bulk API job can run, spelled as on the wire ({@code <operation>insert</operation>}). */
public enum BulkOperation {
    insert, update, upsert, delete, query;

    /** @throws BulkApiException InvalidJob when the name is not one of ours */
    public static BulkOperation parse(String name) {
        if (name == null || name.isBlank()) {
            throw BulkApiException.invalidJob("Job operation is required: one of " + names());
        }
        for (BulkOperation op : values()) {
            if (op.name().equals(name.trim())) {
                return op;
            }
        }
        throw BulkApiException.invalidJob("Unsupported job operation: " + name.trim()
                + " (this org supports " + names() + ")");
    }

    public boolean isQuery() {
        return this == query;
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
