package com.revealsync.org.soap;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.RecordInput;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the {@code <sObjects>} of a create, update or upsert into {@link RecordInput}s: {@code type},
 * {@code Id}, {@code fieldsToNull} (in any position) and the field values as sent. An element sent
 * with {@code xsi:nil="true"} is ignored, as Salesforce ignores it: nulling takes fieldsToNull.
 */
final class SObjectReader {

    /** The most records one create, update, upsert or delete may carry. */
    static final int MAX_RECORDS = 200;

    private SObjectReader() {
    }

    static List<RecordInput> read(XmlNode operation) {
        List<XmlNode> sObjects = operation.children("sObjects");
        checkCount(sObjects.size());
        return sObjects.stream().map(SObjectReader::record).toList();
    }

    static void checkCount(int count) {
        if (count > MAX_RECORDS) {
            throw new OrgFault(OrgFault.Kind.UNEXPECTED_ERROR, "EXCEEDED_ID_LIMIT",
                    "record limit reached. cannot submit more than " + MAX_RECORDS + " records into this call");
        }
    }

    private static RecordInput record(XmlNode node) {
        String type = node.childText("type").map(String::strip).filter(t -> !t.isEmpty())
                .orElseThrow(() -> new OrgFault(OrgFault.Kind.INVALID_SOBJECT, "INVALID_TYPE", "Must send a concrete entity type."));
        String id = null;
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> fieldsToNull = new LinkedHashSet<>();
        for (XmlNode child : node.children()) {
            switch (child.name()) {
                case "type" -> { }
                case "fieldsToNull" -> {
                    if (!child.nil() && !child.text().isBlank()) {
                        fieldsToNull.add(child.text().strip());
                    }
                }
                case "Id" -> id = child.nil() || child.text().isBlank() ? id : child.text().strip();
                default -> {
                    if (!child.children().isEmpty()) {
                        throw new OrgFault(OrgFault.Kind.INVALID_FIELD, "INVALID_FIELD",
                                "The embedded org does not take related records by external id: " + child.name());
                    }
                    if (!child.nil()) {
                        values.putIfAbsent(child.name(), child.text());
                    }
                }
            }
        }
        return new RecordInput(type, id, values, fieldsToNull);
    }
}
