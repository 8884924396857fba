package com.revealsync.org.soap;

import com.revealsync.org.data.QueryRecord;
import java.util.Map;

/**
 * Writes a record of a query or retrieve result as Salesforce does:
 * {@code <records xsi:type="sf:sObject"><sf:type>Lead</sf:type><sf:Id>..</sf:Id>} then every
 * queried field in query order (so a queried Id appears a second time), parents as nested sObjects
 * and nulls as {@code xsi:nil="true"}.
 */
final class RecordWriter {

    private RecordWriter() {
    }

    static void write(SoapWriter w, String element, QueryRecord record) {
        w.startTyped(element, "sf:sObject").element("sf:type", record.type()).element("sf:Id", idOf(record));
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            String name = "sf:" + field.getKey();
            Object value = field.getValue();
            if (value instanceof QueryRecord parent) {
                write(w, name, parent);
            } else {
                w.element(name, value == null ? null : value.toString());
            }
        }
        w.end(element);
    }

    private static String idOf(QueryRecord record) {
        for (Map.Entry<String, Object> field : record.fields().entrySet()) {
            if (field.getKey().equalsIgnoreCase("Id") && field.getValue() instanceof String id) {
                return id;
            }
        }
        return null;
    }
}
