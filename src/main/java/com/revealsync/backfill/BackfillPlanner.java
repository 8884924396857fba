package com.revealsync.backfill;

import com.revealsync.lusha.RevealedContact;
import com.revealsync.mapping.convert.Converted;
import com.revealsync.mapping.convert.SameValue;
import com.revealsync.run.Outcome;
import com.revealsync.run.RowWarning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans one record: for each field to fill that is empty (or filled, where Allow Override is on), the
 * newest Lusha value that passes the field's type check, converted by the mapping's converters.
 * Nothing else of the record is touched. Plain Java, no I/O.
 *
 * <ul>
 *   <li>something to write: UPDATED, with a warning per value that was refused or missing;</li>
 *   <li>nothing to write because every value found was refused: SKIPPED with the first refusal's code;</li>
 *   <li>nothing to write otherwise (no Lusha data, no value, or the same value): UNCHANGED, with a
 *       {@code NO_LUSHA_DATA} or {@code NO_LUSHA_VALUE} warning saying which fields stay empty.</li>
 * </ul>
 */
final class BackfillPlanner {

    static final String NO_LUSHA_DATA = "NO_LUSHA_DATA";
    static final String NO_LUSHA_VALUE = "NO_LUSHA_VALUE";

    private BackfillPlanner() {
    }

    static RecordPlan plan(OrgRecord record, LushaData data, ObjectFill fill) {
        if (data == null) {
            List<String> empty = fill.fields().stream().map(f -> f.target().name()).filter(f -> record.value(f) == null).toList();
            return new RecordPlan(record, null, Map.of(), List.of(), List.of(new RowWarning(NO_LUSHA_DATA, String.join(",", empty),
                    "no Lusha data matches this " + record.type() + " (by Id, Lusha id or email); still empty: "
                            + String.join(", ", empty))), Outcome.UNCHANGED, null, null, List.of());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldChange> changes = new ArrayList<>();
        List<RowWarning> warnings = new ArrayList<>();
        List<String> noValue = new ArrayList<>();
        RowWarning firstRefusal = null;
        for (FillField f : fill.fields()) {
            String name = f.target().name();
            String current = record.value(name);
            if (current != null && !f.allowOverride()) {
                continue;
            }
            Found found = newest(f, data);
            if (found.refusal() != null && found.value() == null) {
                RowWarning refused = new RowWarning(found.refusal().problem().name(), name, found.refusal().message());
                warnings.add(refused);
                firstRefusal = firstRefusal == null ? refused : firstRefusal;
            } else if (found.value() == null) {
                if (current == null) {
                    noValue.add(name);
                }
            } else if (current == null || !SameValue.same(current, found.value(), f.target().type())) {
                values.put(name, found.value());
                changes.add(new FieldChange(record.id(), record.type().name(), name, current, found.value(), found.from()));
            }
        }
        if (!noValue.isEmpty()) {
            warnings.add(new RowWarning(NO_LUSHA_VALUE, String.join(",", noValue),
                    "the Lusha data (" + data.matchedBy() + " match) has no value for " + String.join(", ", noValue)));
        }
        if (values.isEmpty() && firstRefusal != null) {
            return new RecordPlan(record, data, values, changes, warnings, Outcome.SKIPPED, firstRefusal.code(),
                    firstRefusal.message(), List.of(firstRefusal.field()));
        }
        return new RecordPlan(record, data, values, changes, warnings, values.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATED,
                null, null, List.of());
    }

    private record Found(Object value, String from, Converted refusal) {
    }

    /** The newest value that passes the check; else the newest refusal; else nothing. */
    private static Found newest(FillField f, LushaData data) {
        Converted refusal = null;
        for (int i = 0; i < data.contacts().size(); i++) {
            RevealedContact c = data.contacts().get(i);
            String raw = c.get(f.lusha());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            Converted converted = f.converter().convert(raw.strip(), f.target());
            if (converted.isOk()) {
                return new Found(converted.value(), data.origins().get(i), null);
            }
            refusal = refusal == null ? converted : refusal;
        }
        return new Found(null, null, refusal);
    }
}
