package com.revealsync.org.soap;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.SaveResult;
import java.util.List;

/** {@code create}, {@code update}, {@code upsert} and {@code delete}: at most 200 records a call. */
final class SaveOperations {

    private SaveOperations() {
    }

    static void create(SoapCall call, SoapWriter out) {
        for (SaveResult result : call.data().create(SObjectReader.read(call.body()))) {
            SaveResultWriter.save(out, result);
        }
    }

    static void update(SoapCall call, SoapWriter out) {
        for (SaveResult result : call.data().update(SObjectReader.read(call.body()))) {
            SaveResultWriter.save(out, result);
        }
    }

    static void upsert(SoapCall call, SoapWriter out) {
        String externalIdField = call.body().childText("externalIDFieldName").map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElseThrow(() -> new OrgFault(OrgFault.Kind.INVALID_FIELD, "INVALID_FIELD",
                        "externalIDFieldName is required for upsert"));
        for (SaveResult result : call.data().upsert(externalIdField, SObjectReader.read(call.body()))) {
            SaveResultWriter.upsert(out, result);
        }
    }

    static void delete(SoapCall call, SoapWriter out) {
        List<String> ids = call.body().childTexts("ids").stream().map(String::strip).toList();
        SObjectReader.checkCount(ids.size());
        for (SaveResult result : call.data().delete(ids)) {
            SaveResultWriter.save(out, result);
        }
    }
}
