package com.revealsync.mapping;

import java.util.ArrayList;
import java.util.List;

/** The warnings of one row as it is planned, and the skip that ends it, if any. Not shared between rows. */
final class Problems {

    private List<Warning> warnings;
    ExportCode skipCode;
    String skipMessage;
    List<String> skipFields = List.of();

    void warn(ExportCode code, String message, String field) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(new Warning(code, message, field));
    }

    /** Records the skip; returns null so that callers can {@code return problems.skip(...)}. */
    <T> T skip(ExportCode code, String message, List<String> fields) {
        skipCode = code;
        skipMessage = message;
        skipFields = fields;
        return null;
    }

    boolean skipped() {
        return skipCode != null;
    }

    List<Warning> warnings() {
        return warnings == null ? List.of() : warnings;
    }
}
