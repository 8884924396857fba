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
 * {@code Id} (also kept among the values, so that a create carrying one is refused as Salesforce
 * refuses it), {@code fieldsToNull} (in any position), the field values as sent, and parents named
 * by an external id. An element sent with {@code xsi:nil="true"} is ignored, as Salesforce ignores
 * it: nulling takes fieldsToNull.
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
                case "Id" -> {
                    if (!child.nil() && !child.text().isBlank()) {
                        id = child.text().strip();
                        values.putIfAbsent("Id", id);
                    }
                }
                default -> {
                    if (!child.children().isEmpty()) {
                        parentKeys(child, values);
                    } else if (!child.nil()) {
                        values.putIfAbsent(child.name(), child.text());
                    }
                }
            }
        }
        return new RecordInput(type, id, values, fieldsToNull);
    }

    /**
     * A parent named by an external id, e.g. {@code <Account><type>Account</type>
     * <Lusha_Company_Id__c>C-1</Lusha_Company_Id__c></Account>}, becomes the value
     * {@code Account.Lusha_Company_Id__c = C-1}, as the data layer takes it.
     */
    private static void parentKeys(XmlNode parent, Map<String, String> values) {
        for (XmlNode key : parent.children()) {
            boolean meta = key.name().equals("type") || key.name().equals("fieldsToNull") || key.name().equals("Id");
            if (!meta && !key.nil() && key.children().isEmpty()) {
                values.putIfAbsent(parent.name() + "." + key.name(), key.text());
            }
        }
    }
}
