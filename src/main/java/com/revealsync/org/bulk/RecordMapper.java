package com.revealsync.org.bulk;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.RecordInput;
import com.revealsync.org.data.SObjectSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a batch's column names and cells into {@link RecordInput}s for the org, with the Bulk API's
 * rules: an empty cell leaves the field alone, {@code #N/A} clears it (fieldsToNull), the {@code Id}
 * column names the record (and stays among the values, as the SOAP reader keeps it). Column names are checked against the object's describe, case-insensitively,
 * and replaced by the field's API name.
 */
public final class RecordMapper {

    /** The cell value that sets a field to null. */
    public static final String NULL_MARKER = "#N/A";

    private final String objectName;
    private final List<String> fields;

    private RecordMapper(String objectName, List<String> fields) {
        this.objectName = objectName;
        this.fields = fields;
    }

    /**
     * Checks the column names: a field of the object, or {@code Relationship.Field} naming a field
     * of a parent (the parent is then found by that field's value, e.g. {@code Account.Lusha_Company_Id__c}).
     *
     * @throws BulkApiException InvalidBatch "Field name not found : Foo" for a name the object lacks
     */
    public static RecordMapper forHeader(SObjectSchema schema, Describer parents, List<String> header) {
        List<String> canonical = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            String name = column.trim();
            if (name.isEmpty()) {
                throw BulkApiException.invalidBatch("Field name not found : (an empty column name)");
            }
            String apiName = name.indexOf('.') > 0 ? relationshipColumn(schema, parents, name)
                    : schema.field(name).map(f -> f.name())
                            .orElseThrow(() -> BulkApiException.invalidBatch("Field name not found : " + name));
            if (!seen.add(apiName.toLowerCase(Locale.ROOT))) {
                throw BulkApiException.invalidBatch("Duplicate field name : " + apiName);
            }
            canonical.add(apiName);
        }
        return new RecordMapper(schema.name(), canonical);
    }

    private static String relationshipColumn(SObjectSchema schema, Describer parents, String column) {
        String[] parts = column.split("\\.", -1);
        Optional<FieldSchema> reference = parts.length != 2 ? Optional.empty() : schema.fields().stream()
                .filter(f -> f.relationshipName() != null && f.relationshipName().equalsIgnoreCase(parts[0])
                        && !f.referenceTo().isEmpty())
                .findFirst();
        Optional<FieldSchema> parentField = reference.flatMap(r -> parentField(parents, r.referenceTo().get(0), parts[1]));
        if (parentField.isEmpty()) {
            throw BulkApiException.invalidBatch("Field name not found : " + column);
        }
        return reference.get().relationshipName() + "." + parentField.get().name();
    }

    private static Optional<FieldSchema> parentField(Describer parents, String parentObject, String field) {
        try {
            return parents.describe(parentObject).field(field);
        } catch (OrgFault e) {
            return Optional.empty();
        }
    }

    public List<String> fields() {
        return fields;
    }

    /** One CSV row: a record, or an INVALID_INPUT error when its cell count differs from the header's. */
    public BatchRecord map(CsvRow row) {
        if (row.malformed()) {
            return BatchRecord.unreadable(row.line(), List.of(), rowError(row.error() + " (line " + row.line() + ")"));
        }
        if (row.cells().size() != fields.size()) {
            return BatchRecord.unreadable(row.line(), row.cells(), rowError("Line " + row.line() + " has "
                    + row.cells().size() + " values but the header names " + fields.size() + " fields"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> toNull = new LinkedHashSet<>();
        String id = null;
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            String cell = row.cells().get(i);
            if (cell.isEmpty()) {
                continue;
            }
            if (field.equals("Id")) {
                id = cell;
                values.put(field, cell); // kept among the values too, as SOAP does: an insert with an Id is refused
            } else if (cell.equals(NULL_MARKER)) {
                toNull.add(field);
            } else {
                values.put(field, cell);
            }
        }
        return BatchRecord.of(row.line(), row.cells(), new RecordInput(objectName, id, values, toNull));
    }

    static OrgError rowError(String message) {
        return new OrgError("INVALID_INPUT", message, List.of());
    }
}
