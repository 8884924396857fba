package com.revealsync.org.data.validation;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.OrgError;
import com.revealsync.org.data.schema.ObjectMeta;
import com.revealsync.org.data.store.ObjectTable;
import com.revealsync.org.data.store.OrgStore;
import com.revealsync.org.data.store.StoredRecord;
import com.revealsync.org.data.value.OrgErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checks of a whole record about to be saved, which need the other records: required fields,
 * references to existing records, custom validation rules, duplicate rules and unique fields, in
 * the order Salesforce runs them. Called under the store's write lock.
 */
public final class SaveChecks {

    private final OrgStore store;
    private final OrgRules rules;

    public SaveChecks(OrgStore store, OrgRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * @param values the record as it would be saved
     * @param previous the record's values before this change, or null for a create
     * @param selfId the record's id, or null for a create
     */
    public List<OrgError> check(ObjectMeta meta, Object[] values, Object[] previous, String selfId) {
        List<OrgError> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> badReferences = new ArrayList<>();
        for (int i = 0; i < meta.fieldCount(); i++) {
            FieldSchema field = meta.field(i);
            boolean writable = field.createable() || field.updateable();
            if (values[i] == null && !field.nillable() && writable && !field.calculated()) {
                missing.add(field.name());
            }
            boolean changed = previous == null || !Objects.equals(previous[i], values[i]);
            if (values[i] != null && changed && "reference".equals(field.type()) && !referenceExists(field, (String) values[i])) {
                badReferences.add(field.name());
            }
        }
        if (!missing.isEmpty()) {
            errors.add(OrgErrors.requiredMissing(missing));
        }
        if (!badReferences.isEmpty()) {
            errors.add(OrgErrors.invalidCrossReference(badReferences));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        RecordView view = new RecordView(meta, values);
        for (OrgRules.ValidationRule rule : rules.validationRules(meta.name())) {
            if (rule.failsWhen().test(view)) {
                errors.add(OrgErrors.customValidation(rule.message(), rule.field() == null ? List.of() : List.of(rule.field())));
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        ObjectTable table = store.table(meta);
        for (OrgRules.DuplicateRule rule : rules.duplicateRules(meta.name())) {
            if (matchesExisting(table, rule, values, selfId)) {
                return List.of(OrgErrors.duplicatesDetected());
            }
        }
        for (int i = 0; i < meta.fieldCount(); i++) {
            if (meta.field(i).unique() && values[i] != null) {
                for (String other : table.lookup(i, values[i])) {
                    if (!other.equals(selfId)) {
                        return List.of(OrgErrors.duplicateValue(meta.field(i).name(), other));
                    }
                }
            }
        }
        return List.of();
    }

    private boolean referenceExists(FieldSchema field, String id) {
        boolean targetKnown = field.referenceTo().stream().anyMatch(t -> store.schema().find(t).isPresent());
        if (!targetKnown) {
            return true;
        }
        return store.findLive(id).isPresent();
    }

    private static boolean matchesExisting(ObjectTable table, OrgRules.DuplicateRule rule, Object[] values, String selfId) {
        ObjectMeta meta = table.meta();
        int[] positions = rule.matchFields().stream().mapToInt(meta::require).toArray();
        for (int at : positions) {
            if (values[at] == null || values[at].toString().isBlank()) {
                return false;
            }
        }
        java.util.Collection<StoredRecord> candidates = table.isIndexed(positions[0])
                ? table.lookup(positions[0], values[positions[0]]).stream().map(id -> table.get(id).orElseThrow()).toList()
                : table.all();
        return candidates.stream()
                .filter(r -> !r.isDeleted() && !r.id().equals(selfId))
                .anyMatch(r -> {
                    for (int at : positions) {
                        Object other = r.value(at);
                        if (other == null || !other.toString().equalsIgnoreCase(values[at].toString())) {
                            return false;
                        }
                    }
                    return true;
                });
    }
}
