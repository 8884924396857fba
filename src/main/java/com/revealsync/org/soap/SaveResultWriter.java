package com.revealsync.org.soap;

import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.SaveResult;
import java.util.List;

/** Writes SaveResult, DeleteResult and UpsertResult elements in the XSD order WSC enforces. */
final class SaveResultWriter {

    private SaveResultWriter() {
    }

    /** A SaveResult or DeleteResult: errors*, id, success. */
    static void save(SoapWriter w, SaveResult result) {
        w.start("result");
        errors(w, result.errors());
        w.element("id", result.id()).element("success", result.success()).end("result");
    }

    /** An UpsertResult: created, errors*, id, success. */
    static void upsert(SoapWriter w, SaveResult result) {
        w.start("result").element("created", result.created());
        errors(w, result.errors());
        w.element("id", result.id()).element("success", result.success()).end("result");
    }

    /** Error: extendedErrorDetails*, fields*, message, statusCode. */
    static void errors(SoapWriter w, List<OrgError> errors) {
        for (OrgError error : errors) {
            if ("DUPLICATES_DETECTED".equals(error.statusCode())) {
                w.startTyped("errors", "DuplicateError");
            } else {
                w.start("errors");
            }
            for (String field : error.fields()) {
                w.element("fields", field);
            }
            w.element("message", error.message()).element("statusCode", error.statusCode()).end("errors");
        }
    }
}
