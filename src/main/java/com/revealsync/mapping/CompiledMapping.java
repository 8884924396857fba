package com.revealsync.mapping;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.convert.Converted;
import com.revealsync.mapping.convert.FieldConverters;
import com.revealsync.mapping.convert.MappedConverters;
import com.revealsync.mapping.convert.ValueConverter;
import com.revealsync.mapping.profile.ConditionalRule;
import com.revealsync.mapping.profile.FieldMapping;
import com.revealsync.mapping.profile.PredefinedValue;
import com.revealsync.mapping.profile.RecordMapping;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SObjectDescribe;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One record type's mapping made executable once, against the org's describe: every field resolved
 * to its describe (the org's spelling of its name, lower-cased lookup key, converter), every
 * predefined and rule value converted ahead of time. Per record nothing is looked up by name.
 */
final class CompiledMapping {

    /** A Salesforce field as the hot loop needs it. */
    record Target(FieldDescribe describe, String name, String key) {
        static Target of(FieldDescribe d) {
            return new Target(d, d.name(), d.name().toLowerCase(Locale.ROOT));
        }
    }

    record Field(LushaField lusha, Target target, ValueConverter converter, boolean allowOverride) {
    }

    record Fixed(Target target, Object value, boolean allowOverride) {
    }

    record Rule(LushaField when, String type, LushaField typeField, Target target, Object value, boolean allowOverride) {
    }

    final RecordType type;
    final SObjectDescribe describe;
    final Field[] fields;
    final Fixed[] predefined;
    final Rule[] rules;
    final Target[] required;
    /** Lusha_Id__c / Lusha_Company_Id__c where the org has it and it can be written; else null. */
    final Target lushaIdField;

    CompiledMapping(RecordMapping mapping, SObjectDescribe describe) {
        this.type = mapping.type();
        this.describe = describe;
        this.fields = mapping.fields().stream().map(this::field).toArray(Field[]::new);
        this.predefined = mapping.predefined().stream().map(this::fixed).toArray(Fixed[]::new);
        this.rules = mapping.rules().stream().map(this::rule).toArray(Rule[]::new);
        List<Target> req = new ArrayList<>();
        for (FieldDescribe f : describe.fields()) {
            if (f.requiredOnCreate()) {
                req.add(Target.of(f));
            }
        }
        this.required = req.toArray(Target[]::new);
        String idField = type == RecordType.Account ? SystemFields.LUSHA_COMPANY_ID : SystemFields.LUSHA_ID;
        this.lushaIdField = describe.field(idField).filter(FieldDescribe::createable).map(Target::of).orElse(null);
    }

    private Field field(FieldMapping m) {
        FieldDescribe d = describe(m.salesforceField());
        return new Field(m.lusha(), Target.of(d), MappedConverters.forMapping(m.lusha().type(), d.type()), m.allowOverride());
    }

    private Fixed fixed(PredefinedValue p) {
        FieldDescribe d = describe(p.salesforceField());
        return new Fixed(Target.of(d), convert(d, p.value()), p.allowOverride());
    }

    private Rule rule(ConditionalRule r) {
        FieldDescribe d = describe(r.salesforceField());
        LushaField typeField = r.when() == LushaField.EMAIL_1 ? LushaField.EMAIL_1_TYPE : LushaField.PHONE_1_TYPE;
        return new Rule(r.when(), r.type(), typeField, Target.of(d), convert(d, r.value()), r.allowOverride());
    }

    private FieldDescribe describe(String name) {
        return describe.field(name).orElseThrow(() -> new IllegalStateException(
                "profile not validated: no field " + name + " on " + describe.name()));
    }

    /** Predefined and rule values were validated against the describe; convert them once. */
    private static Object convert(FieldDescribe d, String value) {
        Converted c = FieldConverters.forType(d.type()).convert(value.strip(), d);
        if (!c.isOk()) {
            throw new IllegalStateException("profile not validated: " + c.message());
        }
        return c.value();
    }

    /** The Salesforce fields of this object the processor reads from existing records. */
    List<String> fieldsRead() {
        List<String> names = new ArrayList<>();
        names.add("Id");
        for (Field f : fields) {
            names.add(f.target.name);
        }
        for (Fixed f : predefined) {
            names.add(f.target.name);
        }
        for (Rule r : rules) {
            names.add(r.target.name);
        }
        if (lushaIdField != null) {
            names.add(lushaIdField.name);
        }
        return names;
    }
}
