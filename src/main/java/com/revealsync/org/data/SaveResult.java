package com.revealsync.org.data;

import java.util.List;

/**
 * The result of one record in a create, update, upsert or delete call. {@code created} is true for
 * a successful create and for an upsert that inserted. {@code id} is null when a create failed.
 */
public record SaveResult(String id, boolean success, boolean created, List<OrgError> errors) {
    public SaveResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static SaveResult ok(String id, boolean created) {
        return new SaveResult(id, true, created, List.of());
    }

    public static SaveResult failed(String id, List<OrgError> errors) {
        return new SaveResult(id, false, false, errors);
    }
}
