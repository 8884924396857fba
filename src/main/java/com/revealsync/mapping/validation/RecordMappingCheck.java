package com.revealsync.mapping.validation;

import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.SystemFields;
import com.revealsync.mapping.convert.Converted;
import com.revealsync.mapping.convert.FieldConverters;
import com.revealsync.mapping.convert.ValueConverter;
import com.revealsync.mapping.profile.ConditionalRule;
import com.revealsync.mapping.profile.FieldMapping;
import com.revealsync.mapping.profile.PredefinedValue;
import com.revealsync.mapping.profile.RecordMapping;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks of one record type's mapping against its object's describe; problems are added to a shared list. */
final class RecordMappingCheck {
    private final String source;
    private final RecordType type;
    private final SObjectDescribe describe;
    private final List<ProfileProblem> problems;
    private final Map<String, Integer> targets = new HashMap<>();

    RecordMappingCheck(String source, RecordType type, SObjectDescribe describe, List<ProfileProblem> problems) {
        this.source = source;
        this.type = type;
        this.describe = describe;
        this.problems = problems;
    }

    void check(RecordMapping mapping, boolean creates) {
        for (FieldMapping m : mapping.fields()) {
            String from = m.lusha().displayName();
            FieldDescribe field = writable(m.line(), from, m.salesforceField());
            if (field != null) {
                once(m.line(), from, field);
                if (!TypeCompatibility.accepts(m.lusha().type(), field.type())) {
                    add(m.line(), from, field.name(), "type mismatch: " + from + " is " + article(m.lusha().type().name()) + " "
                            + m.lusha().type().name().toLowerCase(Locale.ROOT) + " field, " + field.name() + " is " + field.type().apiName() + " (needs "
                            + TypeCompatibility.describeTargets(m.lusha().type()) + ")");
                }
            }
        }
        for (PredefinedValue p : mapping.predefined()) {
            String from = "predefined value '" + p.value() + "'";
            FieldDescribe field = writable(p.line(), from, p.salesforceField());
            if (field != null) {
                once(p.line(), from, field);
                fits(p.line(), from, field, p.value());
            }
        }
        for (ConditionalRule r : mapping.rules()) {
            String from = "rule '" + r.describeCondition() + "'";
            FieldDescribe field = writable(r.line(), from, r.salesforceField());
            if (field != null) {
                fits(r.line(), from, field, r.value());
            }
            if (r.onEnriched() && mapping.fields().stream().noneMatch(m -> m.lusha() == r.when())) {
                add(r.line(), from, r.salesforceField(), r.when().displayName() + " is not mapped for " + type
                        + ", so it is never enriched and the rule never fires");
            }
        }
        if (creates) {
            requiredFilled(mapping);
        }
    }

    /** The field, when it exists, is not reveal-sync's own and can be created and updated; else null. */
    private FieldDescribe writable(int line, String from, String name) {
        FieldDescribe field = describe.field(name).orElse(null);
        if (field == null) {
            add(line, from, name, "no such field on " + describe.name());
            return null;
        }
        if (SystemFields.reserved(type).stream().anyMatch(r -> r.equalsIgnoreCase(field.name()))) {
            add(line, from, field.name(), "reveal-sync fills " + field.name() + " itself; remove it from the profile");
            return null;
        }
        if (!field.createable() || !field.updateable()) {
            String not = !field.createable() && !field.updateable() ? "neither createable nor updateable"
                    : !field.createable() ? "not createable" : "not updateable";
            add(line, from, field.name(), field.name() + " is " + not + " (read-only to this user or computed)");
            return null;
        }
        return field;
    }

    private void once(int line, String from, FieldDescribe field) {
        Integer first = targets.putIfAbsent(field.name().toLowerCase(Locale.ROOT), line);
        if (first != null) {
            add(line, from, field.name(), field.name() + " is mapped twice" + (first > 0 ? " (also on line " + first + ")" : ""));
        }
    }

    private void fits(int line, String from, FieldDescribe field, String value) {
        ValueConverter converter = FieldConverters.forType(field.type());
        if (converter == null) {
            add(line, from, field.name(), field.name() + " is " + field.type().apiName() + ": no value can be written to it");
            return;
        }
        Converted c = value.isBlank() ? null : converter.convert(value.strip(), field);
        if (value.isBlank()) {
            add(line, from, field.name(), "the value is empty");
        } else if (!c.isOk()) {
            add(line, from, field.name(), "the value does not fit: " + c.problem() + ": " + c.message());
        }
    }

    private void requiredFilled(RecordMapping mapping) {
        for (FieldDescribe f : describe.fields()) {
            if (!f.requiredOnCreate() || SystemFields.reserved(type).contains(f.name())) {
                continue;
            }
            boolean filled = mapping.fields().stream().anyMatch(m -> m.salesforceField().equalsIgnoreCase(f.name()))
                    || mapping.predefined().stream().anyMatch(p -> p.salesforceField().equalsIgnoreCase(f.name()));
            if (!filled) {
                add(0, null, f.name(), f.name() + " is required to create " + article(type.name()) + " " + type
                        + " and nothing in the profile fills it: every new " + type + " would be skipped");
            }
        }
    }

    private void add(int line, String from, String field, String what) {
        problems.add(new ProfileProblem(source, line, type, from, field, what));
    }

    private static String article(String typeName) {
        return "aeiou".indexOf(Character.toLowerCase(typeName.charAt(0))) >= 0 ? "an" : "a";
    }
}
