package com.revealsync.org.data;

import java.util.List;

/**
 * A per-record error as Salesforce reports it: a {@code StatusCode} name that exists in the WSC
 * client's enum, Salesforce's own message text, and the fields concerned.
 */
public record OrgError(String statusCode, String message, List<String> fields) {
    public OrgError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
