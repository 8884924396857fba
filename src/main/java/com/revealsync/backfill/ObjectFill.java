package com.revealsync.backfill;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.SystemFields;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the backfill does on one object: the fields it fills, and the query that finds the records
 * lacking any of them (converted Leads left out: Salesforce refuses to update them).
 */
record ObjectFill(RecordType type, List<FillField> fields, SObjectDescribe describe) {

    ObjectFill {
        fields = List.copyOf(fields);
    }

    /** Id, the fields filled, and what finds the record's Lusha data (email, Lusha ids, name, website). */
    List<String> fieldsToRead() {
        Set<String> names = new LinkedHashSet<>();
        names.add("Id");
        fields.forEach(f -> names.add(f.target().name()));
        List<String> matching = type == RecordType.Account
                ? List.of(SystemFields.LUSHA_COMPANY_ID, "Name", "Website")
                : List.of(SystemFields.LUSHA_ID, "Email");
        for (String f : matching) {
            describe.field(f).ifPresent(d -> names.add(d.name()));
        }
        return List.copyOf(names);
    }

    /** {@code (F1 = null OR F2 = null)}, and {@code IsConverted = false} on Leads. */
    String lacking() {
        String anyEmpty = fields.stream().map(f -> f.target().name() + " = null").collect(Collectors.joining(" OR ", "(", ")"));
        return describe.hasField(SystemFields.IS_CONVERTED) ? SystemFields.IS_CONVERTED + " = false AND " + anyEmpty : anyEmpty;
    }

    List<String> targetNames() {
        return fields.stream().map(f -> f.target().name()).toList();
    }
}
