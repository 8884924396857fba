package com.revealsync.salesforce.metadata;

import java.util.List;
import java.util.Optional;

/**
 * The describe of one Salesforce object: its name, label and fields. Fields are looked up
 * ignoring case, as Salesforce matches names. Lookups scan the list: they happen when a profile is
 * validated or compiled, never per record.
 */
public record SObjectDescribe(String name, String label, List<FieldDescribe> fields) {

    public SObjectDescribe {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an object needs a name");
        }
        label = label == null || label.isBlank() ? name : label;
        fields = List.copyOf(fields);
    }

    /** A field by API name, ignoring case. */
    public Optional<FieldDescribe> field(String fieldName) {
        for (FieldDescribe f : fields) {
            if (f.name().equalsIgnoreCase(fieldName)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public boolean hasField(String fieldName) {
        return field(fieldName).isPresent();
    }
}
