package com.revealsync.mapping.profile;

import com.revealsync.lusha.LushaField;

/**
 * One Lusha field written to one Salesforce field.
 *
 * @param allowOverride whether a Salesforce field that already holds data may be changed
 * @param line the profile line the mapping was written on (0 when built in code)
 */
public record FieldMapping(LushaField lusha, String salesforceField, boolean allowOverride, int line) {

    public FieldMapping {
        if (lusha == null || salesforceField == null || salesforceField.isBlank()) {
            throw new IllegalArgumentException("a field mapping needs a Lusha field and a Salesforce field");
        }
        salesforceField = salesforceField.strip();
    }
}
