package com.revealsync.org.data;

import java.util.List;
import java.util.Optional;

/**
 * The describe of one sObject: what {@code describeSObject} returns about it.
 *
 * @param keyPrefix the 3-character id prefix, e.g. {@code 00Q} for Lead
 * @param fields in describe order (Id first, then as Salesforce lists them)
 */
public record SObjectSchema(String name, String label, String labelPlural, String keyPrefix,
                            boolean createable, boolean updateable, boolean deletable, boolean queryable,
                            boolean custom, List<FieldSchema> fields) {
    public SObjectSchema {
        fields = List.copyOf(fields);
    }

    /** A field by API name, case-insensitively, as Salesforce matches names. */
    public Optional<FieldSchema> field(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
