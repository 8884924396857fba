package com.revealsync.mapping.profile;

/**
 * A fixed value written to a Salesforce field on every export (the seed's "Predefined Value").
 * On create it is always written; on update only where the field is empty, or where
 * {@code allowOverride} is on.
 */
public record PredefinedValue(String salesforceField, String value, boolean allowOverride, int line) {

    public PredefinedValue {
        if (salesforceField == null || salesforceField.isBlank() || value == null) {
            throw new IllegalArgumentException("a predefined value needs a Salesforce field and a value");
        }
        salesforceField = salesforceField.strip();
    }
}
