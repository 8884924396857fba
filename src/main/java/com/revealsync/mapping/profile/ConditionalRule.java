package com.revealsync.mapping.profile;

import com.revealsync.lusha.LushaField;

/**
 * The seed's "Advanced" conditional mapping on Email 1 or Phone 1: when the condition holds, set a
 * Salesforce field to a value (for lead routing, say).
 *
 * @param when {@link LushaField#EMAIL_1} or {@link LushaField#PHONE_1}
 * @param type null for "when the field is enriched" (this export writes it); otherwise the type the
 *             contact's value must have ({@code work}/{@code personal} for Email 1,
 *             {@code mobile}/{@code direct}/{@code other} for Phone 1)
 */
public record ConditionalRule(LushaField when, String type, String salesforceField, String value,
                              boolean allowOverride, int line) {

    public ConditionalRule {
        if (when == null || salesforceField == null || salesforceField.isBlank() || value == null) {
            throw new IllegalArgumentException("a conditional rule needs a Lusha field, a Salesforce field and a value");
        }
        salesforceField = salesforceField.strip();
    }

    public boolean onEnriched() {
        return type == null;
    }

    /** The condition in words, for messages: "Email 1 is enriched", "Phone 1 type is mobile". */
    public String describeCondition() {
        return onEnriched() ? when.displayName() + " is enriched" : when.displayName() + " type is " + type;
    }
}
