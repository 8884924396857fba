package com.revealsync.mapping.validation;

import static com.revealsync.salesforce.metadata.SalesforceFieldType.COMBOBOX;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.CURRENCY;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.DATE;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.DATETIME;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.DOUBLE;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.EMAIL;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.INT;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.MULTIPICKLIST;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.PERCENT;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.PHONE;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.PICKLIST;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.STRING;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.TEXTAREA;
import static com.revealsync.salesforce.metadata.SalesforceFieldType.URL;

import com.revealsync.lusha.LushaFieldType;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.util.List;

/**
 * Which Salesforce field types each Lusha field type may be mapped to: the seed's "the Lusha field
 * type and the Salesforce field type must match" made exact.
 */
public final class TypeCompatibility {

    private TypeCompatibility() {
    }

    /** The Salesforce types a Lusha type may be written to, the closest first. */
    public static List<SalesforceFieldType> targetsFor(LushaFieldType source) {
        return switch (source) {
            case NUMBER -> List.of(INT, DOUBLE, CURRENCY, PERCENT);
            case EMAIL -> List.of(EMAIL, STRING, TEXTAREA);
            case URL -> List.of(URL, STRING, TEXTAREA);
            case PHONE -> List.of(PHONE, STRING, TEXTAREA);
            case TEXT -> List.of(STRING, TEXTAREA, PICKLIST, MULTIPICKLIST, COMBOBOX);
            case CHOICE -> List.of(STRING, TEXTAREA, PICKLIST, COMBOBOX);
            case TIMESTAMP -> List.of(DATETIME, DATE, STRING, TEXTAREA);
        };
    }

    public static boolean accepts(LushaFieldType source, SalesforceFieldType target) {
        return targetsFor(source).contains(target);
    }

    /** "int, double, currency or percent". */
    static String describeTargets(LushaFieldType source) {
        var names = targetsFor(source).stream().map(SalesforceFieldType::apiName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
