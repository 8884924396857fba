package com.revealsync.org.data.soql;

import com.revealsync.org.data.QueryRecord;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.value.WireFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selected fields of a query, turning a stored record into a {@link QueryRecord}: values as
 * wire text under their canonical names, parent fields in a nested record under the relationship
 * name (null when the record has no parent).
 */
final class Projection {

    private final String objectName;
    private final List<FieldRef> fields;

    Projection(String objectName, List<FieldRef> fields) {
        this.objectName = objectName;
        this.fields = List.copyOf(fields);
    }

    QueryRecord apply(StoredRecord record, OrgStore store) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Map<String, Object>> parents = new LinkedHashMap<>();
        for (FieldRef field : fields) {
            if (field.direct()) {
                values.put(field.name(), WireFormat.format(field.type(), record.value(field.position())));
                continue;
            }
            StoredRecord parent = field.parent(record, store);
            if (parent == null) {
                values.put(field.relationshipName(), null);
                continue;
            }
            Map<String, Object> nested = parents.computeIfAbsent(field.relationshipName(), k -> new LinkedHashMap<>());
            nested.put(field.name(), WireFormat.format(field.type(), parent.value(field.position())));
            values.put(field.relationshipName(), nested);
        }
        parents.forEach((relationship, nested) -> values.put(relationship,
                new QueryRecord(parentType(relationship), nested)));
        return new QueryRecord(objectName, values);
    }

    private String parentType(String relationship) {
        return fields.stream().filter(f -> relationship.equals(f.relationshipName()))
                .findFirst().map(f -> f.owner().name()).orElseThrow();
    }
}
