package com.revealsync.org.data.soql;

import com.revealsync.org.data.OrgFault;

/**
 * The query faults of Salesforce. Their message is the real one: the line of the query, a caret
 * under the offending token, {@code ERROR at Row:r:Column:c}, then the reason.
 */
final class SoqlFaults {

    static final String NO_SUCH_COLUMN_HINT = " If you are attempting to use a custom field, be sure to append the '__c'"
            + " after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";

    private final String soql;

    SoqlFaults(String soql) {
        this.soql = soql;
    }

    OrgFault malformed(Token at, String reason) {
        return fault(OrgFault.Kind.MALFORMED_QUERY, "MALFORMED_QUERY", at, reason);
    }

    OrgFault unexpected(Token at) {
        return malformed(at, "unexpected token: " + at.display());
    }

    OrgFault invalidField(Token at, String reason) {
        return fault(OrgFault.Kind.INVALID_FIELD, "INVALID_FIELD", at, reason);
    }

    OrgFault noSuchColumn(Token at, String field, String objectName) {
        return invalidField(at, "No such column '" + field + "' on entity '" + objectName + "'." + NO_SUCH_COLUMN_HINT);
    }

    OrgFault unknownRelationship(Token at, String relationship) {
        return invalidField(at, "Didn't understand relationship '" + relationship + "' in field path. If you are attempting"
                + " to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please"
                + " reference your WSDL or the describe call for the appropriate names.");
    }

    OrgFault unsupportedType(Token at, String objectName) {
        return fault(OrgFault.Kind.INVALID_SOBJECT, "INVALID_TYPE", at, "sObject type '" + objectName + "' is not supported."
                + " If you are attempting to use a custom object, be sure to append the '__c' after the entity name."
                + " Please reference your WSDL or the describe call for the appropriate names.");
    }

    OrgFault invalidIdValue(Token at, String value) {
        return fault(OrgFault.Kind.MALFORMED_QUERY, "INVALID_QUERY_FILTER_OPERATOR", at, "invalid ID field: " + value);
    }

    private OrgFault fault(OrgFault.Kind kind, String code, Token at, String reason) {
        String[] lines = soql.split("\n", -1);
        String line = at.row() - 1 < lines.length ? lines[at.row() - 1] : "";
        String message = "\n" + line + "\n" + " ".repeat(Math.max(0, at.column() - 1)) + "^\nERROR at Row:" + at.row()
                + ":Column:" + at.column() + "\n" + reason;
        return new OrgFault(kind, code, message, at.row(), at.column());
    }
}
