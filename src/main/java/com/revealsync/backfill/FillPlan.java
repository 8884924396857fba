package com.revealsync.backfill;

import com.revealsync.backfill.BackfillProperties.FieldMapEntry;
import com.revealsync.cli.UserError;
import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.convert.MappedConverters;
import com.revealsync.mapping.profile.MappingProfile;
import com.revealsync.mapping.validation.TypeCompatibility;
import com.revealsync.salesforce.metadata.DescribeSource;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns {@code --fields} and {@code --object} into what the backfill fills, per object, from the
 * field map of {@code jobs/linkedin-backfill.yml} checked against the org's describes: every target
 * must exist, be updateable and fit its Lusha field's type. Allow Override comes from the mapping
 * profile: a field the profile maps with {@code allowOverride: true} on that object may be replaced.
 * Every problem is reported at once, before anything is read.
 */
final class FillPlan {

    static final String SETTINGS = "reveal-sync.backfill.field-map (jobs/linkedin-backfill.yml)";

    private FillPlan() {
    }

    /** The canonical names in {@code --fields}, refused when unknown to the field map. */
    static List<String> fieldNames(List<FieldMapEntry> map, List<String> requested) {
        if (map.isEmpty()) {
            throw new UserError("no backfill fields are configured: set " + SETTINGS);
        }
        Set<String> known = new TreeSet<>();
        map.forEach(e -> known.add(normalise(e.field())));
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String r : requested) {
            String name = normalise(r);
            if (name.isEmpty()) {
                continue;
            }
            (known.contains(name) ? names : unknown).add(name);
        }
        if (!unknown.isEmpty() || names.isEmpty()) {
            throw new UserError((unknown.isEmpty() ? "--fields names no field" : "unknown field(s) in --fields: "
                    + String.join(", ", unknown)) + "; the fields are " + String.join(", ", known));
        }
        return List.copyOf(names);
    }

    /** The objects to fill and their fields; {@code only} limits it to one object (null: all). */
    static List<ObjectFill> resolve(List<FieldMapEntry> map, List<String> fields, RecordType only,
                                    DescribeSource describes, MappingProfile profile) {
        Map<RecordType, List<FieldMapEntry>> filled = entriesByObject(map, fields, only);
        describes.prefetch(filled.keySet().stream().map(RecordType::name).toList()); // one call for them all
        List<String> problems = new ArrayList<>();
        List<ObjectFill> fills = new ArrayList<>();
        for (Map.Entry<RecordType, List<FieldMapEntry>> fill : filled.entrySet()) {
            RecordType type = fill.getKey();
            List<FieldMapEntry> entries = fill.getValue();
            SObjectDescribe describe = describes.describe(type.name());
            List<FillField> resolved = new ArrayList<>();
            Set<String> targets = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (FieldMapEntry e : entries) {
                FillField f = field(e, describe, profile, problems);
                if (f != null && !targets.add(f.target().name())) {
                    problems.add(where(e) + f.target().name() + " is filled by two fields");
                } else if (f != null) {
                    resolved.add(f);
                }
            }
            fills.add(new ObjectFill(type, resolved, describe));
        }
        if (fills.isEmpty()) {
            throw new UserError("none of " + String.join(", ", fields) + " has a " + only + " field in " + SETTINGS);
        }
        if (!problems.isEmpty()) {
            throw new UserError("the backfill cannot run; nothing was read or sent:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(fills);
    }

    /** The field map's entries for {@code fields}, by object; {@code only} limits it to one object (null: all). */
    private static Map<RecordType, List<FieldMapEntry>> entriesByObject(List<FieldMapEntry> map, List<String> fields,
                                                                       RecordType only) {
        Map<RecordType, List<FieldMapEntry>> filled = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            List<FieldMapEntry> entries = map.stream()
                    .filter(e -> e.object() == type && fields.contains(normalise(e.field()))).toList();
            if ((only == null || type == only) && !entries.isEmpty()) {
                filled.put(type, entries);
            }
        }
        return filled;
    }

    private static FillField field(FieldMapEntry e, SObjectDescribe describe, MappingProfile profile, List<String> problems) {
        LushaField lusha = LushaField.byName(e.lusha()).orElse(null);
        FieldDescribe target = e.salesforce() == null ? null : describe.field(e.salesforce()).orElse(null);
        if (lusha == null) {
            problems.add(where(e) + "'" + e.lusha() + "' is not a Lusha field");
        } else if (target == null) {
            problems.add(where(e) + describe.name() + " has no field " + e.salesforce()
                    + ": create it in Salesforce, or change " + SETTINGS);
        } else if (!target.updateable()) {
            problems.add(where(e) + target.name() + " is not updateable (read-only to this user or computed)");
        } else if (!TypeCompatibility.accepts(lusha.type(), target.type())) {
            problems.add(where(e) + lusha.displayName() + " is " + lusha.type().name().toLowerCase(Locale.ROOT) + ", "
                    + target.name() + " is " + target.type().apiName() + ": the types do not fit");
        } else {
            boolean override = profile.mapping(e.object()).fields().stream()
                    .anyMatch(m -> m.salesforceField().equalsIgnoreCase(target.name()) && m.allowOverride());
            return new FillField(normalise(e.field()), lusha, target,
                    MappedConverters.forMapping(lusha.type(), target.type()), override);
        }
        return null;
    }

    private static String where(FieldMapEntry e) {
        return e.field() + " on " + e.object() + ": ";
    }

    static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
