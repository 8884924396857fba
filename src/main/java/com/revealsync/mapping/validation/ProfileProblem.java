package com.revealsync.mapping.validation;

import com.revealsync.lusha.RecordType;

/**
 * One thing wrong with a profile against an org.
 *
 * @param line the profile line (0 when not tied to one)
 * @param lushaField what the entry maps from: a Lusha field's display name, "predefined value" or
 *                   the rule's condition; null for problems of the whole record type
 * @param salesforceField the Salesforce field concerned, or null
 */
public record ProfileProblem(String source, int line, RecordType recordType, String lushaField,
                             String salesforceField, String what) {

    /** {@code jobs/mapping/x.yml:12: Lead: Number of Employees -> Title: what is wrong}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ").append(recordType);
        if (lushaField != null || salesforceField != null) {
            sb.append(": ").append(lushaField == null ? "" : lushaField + " -> ")
                    .append(salesforceField == null ? "" : salesforceField);
        }
        return sb.append(": ").append(what).toString();
    }
}
