package com.revealsync.salesforce.metadata;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PicklistEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Converts the WSC partner client's describe results into the pipeline's describe model. */
public final class WscDescribes {

    private WscDescribes() {
    }

    public static SObjectDescribe toDescribe(DescribeSObjectResult result) {
        Field[] fields = result.getFields() == null ? new Field[0] : result.getFields();
        List<FieldDescribe> converted = new ArrayList<>(fields.length);
        for (Field f : fields) {
            converted.add(toField(f));
        }
        return new SObjectDescribe(result.getName(), result.getLabel(), converted);
    }

    static FieldDescribe toField(Field f) {
        return new FieldDescribe(f.getName(), f.getLabel(),
                f.getType() == null ? SalesforceFieldType.OTHER : SalesforceFieldType.fromApiName(f.getType().name()),
                f.getLength(), f.getPrecision(), f.getScale(), f.getDigits(),
                f.isNillable(), f.isCreateable(), f.isUpdateable(), f.isDefaultedOnCreate(),
                f.isExternalId(), f.isUnique(), activeValues(f.getPicklistValues()), f.isRestrictedPicklist(),
                f.getReferenceTo() == null ? List.of() : Arrays.asList(f.getReferenceTo()));
    }

    private static List<String> activeValues(PicklistEntry[] entries) {
        if (entries == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(entries.length);
        for (PicklistEntry e : entries) {
            if (e.isActive() && e.getValue() != null) {
                values.add(e.getValue());
            }
        }
        return values;
    }
}
