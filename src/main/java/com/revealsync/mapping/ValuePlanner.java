package com.revealsync.mapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.CompiledMapping.Field;
import com.revealsync.mapping.CompiledMapping.Fixed;
import com.revealsync.mapping.CompiledMapping.Rule;
import com.revealsync.mapping.CompiledMapping.Target;
import com.revealsync.mapping.convert.Converted;
import com.revealsync.mapping.convert.SameValue;
import com.revealsync.mapping.match.ExistingRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Steps 3 to 5 of "Exporting one record" for one record: the mapped values (type-checked, never
 * empty, an existing value changed only under Allow Override), then predefined values, then
 * conditional rules, then the Lusha id, and for a create the required fields.
 */
final class ValuePlanner {

    private static final int LUSHA_FIELDS = LushaField.values().length;

    private ValuePlanner() {
    }

    /**
     * The values to write on a record, or null when the row must be skipped ({@code problems} says why).
     *
     * @param existing the record in Salesforce, or null to plan a create
     * @param lushaId the value for Lusha_Id__c / Lusha_Company_Id__c, or null
     */
    static Map<String, Object> plan(CompiledMapping m, RevealedContact contact, ExistingRecord existing,
                                    String lushaId, Problems problems) {
        Map<String, Object> values = new LinkedHashMap<>(16);
        boolean[] written = new boolean[LUSHA_FIELDS];
        for (Field f : m.fields) {
            String raw = contact.get(f.lusha());
            if (raw == null || (raw = raw.strip()).isEmpty()) {
                continue;
            }
            Converted c = f.converter().convert(raw, f.target().describe());
            if (!c.isOk()) {
                if (c.problem().skipsRow()) {
                    return problems.skip(c.problem(), c.message(), List.of(f.target().name()));
                }
                problems.warn(c.problem(), c.message(), f.target().name());
            } else if (mayWrite(existing, f.target(), c.value(), f.allowOverride())) {
                values.put(f.target().name(), c.value());
                written[f.lusha().ordinal()] = true;
            }
        }
        for (Fixed p : m.predefined) {
            if (mayWrite(existing, p.target(), p.value(), p.allowOverride())) {
                values.put(p.target().name(), p.value());
            }
        }
        for (Rule r : m.rules) {
            if (fires(r, contact, written) && mayWrite(existing, r.target(), r.value(), r.allowOverride())) {
                values.put(r.target().name(), r.value());
            }
        }
        if (m.lushaIdField != null && lushaId != null && (existing == null || existing.valueByKey(m.lushaIdField.key()) == null)) {
            values.put(m.lushaIdField.name(), lushaId);
        }
        return existing == null ? requireFields(m, values, problems) : values;
    }

    /** "Enriched" means this export writes the field; a type condition looks at the contact's own value. */
    private static boolean fires(Rule r, RevealedContact contact, boolean[] written) {
        if (r.type() == null) {
            return written[r.when().ordinal()];
        }
        return contact.get(r.when()) != null && r.type().equalsIgnoreCase(contact.get(r.typeField()));
    }

    /**
     * A create writes everything. An update writes into an empty field, or over a filled one only
     * under Allow Override, and never a value the field already holds.
     */
    private static boolean mayWrite(ExistingRecord existing, Target target, Object value, boolean allowOverride) {
        if (existing == null) {
            return true;
        }
        String current = existing.valueByKey(target.key());
        return current == null || (allowOverride && !SameValue.same(current, value, target.describe().type()));
    }

    private static Map<String, Object> requireFields(CompiledMapping m, Map<String, Object> values, Problems problems) {
        List<String> missing = null;
        for (Target t : m.required) {
            if (!values.containsKey(t.name())) {
                if (missing == null) {
                    missing = new ArrayList<>(2);
                }
                missing.add(t.name());
            }
        }
        if (missing == null) {
            return values;
        }
        return problems.skip(ExportCode.REQUIRED_FIELD_MISSING,
                (m.type == com.revealsync.lusha.RecordType.Account ? "Account: " : "")
                        + "Required fields are missing: " + missing, missing);
    }
}
