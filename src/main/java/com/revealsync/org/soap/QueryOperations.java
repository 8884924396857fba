package com.revealsync.org.soap;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.QueryPage;
import com.revealsync.org.data.QueryRecord;
import java.util.List;
import java.util.Optional;

/**
 * {@code query}, {@code queryAll}, {@code queryMore} and {@code retrieve}. {@code queryAll} answers
 * as {@code query} (a QueryResult in {@code <queryAllResponse>}) with deleted records included;
 * its locator goes to the ordinary {@code queryMore}, as in Salesforce.
 */
final class QueryOperations {

    /** The most ids one retrieve may ask for. */
    static final int MAX_RETRIEVE_IDS = 2000;

    private QueryOperations() {
    }

    static void query(SoapCall call, SoapWriter out) {
        page(out, call.data().query(queryString(call), call.queryBatchSize()));
    }

    static void queryAll(SoapCall call, SoapWriter out) {
        page(out, call.data().queryAll(queryString(call), call.queryBatchSize()));
    }

    private static String queryString(SoapCall call) {
        return call.body().childText("queryString")
                .orElseThrow(() -> new OrgFault(OrgFault.Kind.MALFORMED_QUERY, "MALFORMED_QUERY", "unexpected token: <EOF>", 1, 1));
    }

    static void queryMore(SoapCall call, SoapWriter out) {
        String locator = call.body().childText("queryLocator").map(String::strip)
                .orElseThrow(() -> new OrgFault(OrgFault.Kind.INVALID_QUERY_LOCATOR, "INVALID_QUERY_LOCATOR", "invalid query locator"));
        page(out, call.data().queryMore(locator, call.queryBatchSize()));
    }

    /** QueryResult: done, queryLocator, records*, size. */
    private static void page(SoapWriter out, QueryPage page) {
        out.startTyped("result", "QueryResult").element("done", page.done()).element("queryLocator", page.queryLocator());
        for (QueryRecord record : page.records()) {
            RecordWriter.write(out, "records", record);
        }
        out.element("size", page.totalSize()).end("result");
    }

    static void retrieve(SoapCall call, SoapWriter out) {
        String fieldList = call.body().childText("fieldList").orElse("");
        String type = call.body().childText("sObjectType").map(String::strip).orElse("");
        List<String> ids = call.body().childTexts("ids").stream().map(String::strip).toList();
        if (ids.size() > MAX_RETRIEVE_IDS) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "EXCEEDED_ID_LIMIT",
                    "too many ids: retrieve accepts at most " + MAX_RETRIEVE_IDS);
        }
        for (Optional<QueryRecord> record : call.data().retrieve(fieldList, type, ids)) {
            if (record.isPresent()) {
                RecordWriter.write(out, "result", record.get());
            } else {
                out.nil("result");
            }
        }
    }
}
