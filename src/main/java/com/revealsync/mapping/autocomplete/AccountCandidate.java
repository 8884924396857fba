package com.revealsync.mapping.autocomplete;

/** An existing Salesforce Account that might be the one a user means. */
public record AccountCandidate(String id, String name, String website) {
}
