package com.revealsync.org.bulk;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.SObjectSchema;
import java.util.Optional;

/** The rules on a job's {@code externalIdFieldName}, the same for Bulk API v1 and 2.0. */
public final class ExternalIds {

    private ExternalIds() {
    }

    /**
     * The field's API name for an upsert job, null for other operations.
     *
     * @throws BulkApiException InvalidJob when an upsert names none or a field that cannot key it,
     *                          or another operation names one
     */
    public static String check(BulkOperation operation, SObjectSchema schema, String requested) {
        boolean given = requested != null && !requested.isBlank();
        if (operation != BulkOperation.upsert) {
            if (given) {
                throw BulkApiException.invalidJob("externalIdFieldName is only allowed with the upsert operation, not " + operation);
            }
            return null;
        }
        if (!given) {
            throw BulkApiException.invalidJob("External ID was blank for " + schema.name()
                    + ". An External ID must be specified for upsert.");
        }
        Optional<FieldSchema> field = schema.field(requested.trim());
        if (field.isEmpty() || !(field.get().externalId() || field.get().idLookup())) {
            throw BulkApiException.invalidJob("Field name provided, " + requested.trim()
                    + " does not match an External ID, Salesforce Id, or indexed field for " + schema.name());
        }
        return field.get().name();
    }
}
