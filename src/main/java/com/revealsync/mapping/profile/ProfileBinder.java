package com.revealsync.mapping.profile;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import com.revealsync.mapping.profile.ProfileYaml.FieldYaml;
import com.revealsync.mapping.profile.ProfileYaml.PredefinedYaml;
import com.revealsync.mapping.profile.ProfileYaml.RecordYaml;
import com.revealsync.mapping.profile.ProfileYaml.RuleYaml;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Turns the bound YAML into the public model, checking what needs no org: every entry complete,
 * conditional rules on Email 1 or Phone 1 with a known condition. Every problem is collected.
 */
final class ProfileBinder {

    private static final String ENRICHED = "enriched";

    private final String source;
    private final List<String> problems = new ArrayList<>();

    ProfileBinder(String source) {
        this.source = source;
    }

    MappingProfile bind(ProfileYaml yaml) {
        Map<RecordType, RecordMapping> records = new EnumMap<>(RecordType.class);
        if (yaml.mappings() == null || yaml.mappings().isEmpty()) {
            problems.add(source + ": 'mappings' is missing: the profile maps no record type");
        } else {
            yaml.mappings().forEach((type, record) -> records.put(type, record(type, record)));
        }
        AccountExportPreferences preferences = preferences(yaml.accountExportPreferences());
        if (!problems.isEmpty()) {
            throw new ProfileException(problems);
        }
        return new MappingProfile(source, records, preferences);
    }

    private RecordMapping record(RecordType type, RecordYaml yaml) {
        if (yaml == null) {
            return RecordMapping.empty(type);
        }
        List<FieldMapping> fields = new ArrayList<>();
        for (Located<FieldYaml> entry : nonNull(yaml.fields())) {
            if (entry == null) {
                problems.add(source + ": " + type + ": an empty entry under 'fields'");
                continue;
            }
            FieldYaml f = entry.value();
            if (f == null || f.lusha() == null || blank(f.salesforce())) {
                problem(entry.line(), type, "a field mapping needs both 'lusha' and 'salesforce'");
            } else {
                fields.add(new FieldMapping(f.lusha(), f.salesforce(), isTrue(f.allowOverride()), entry.line()));
            }
        }
        List<PredefinedValue> predefined = new ArrayList<>();
        for (Located<PredefinedYaml> entry : nonNull(yaml.predefined())) {
            if (entry == null) {
                problems.add(source + ": " + type + ": an empty entry under 'predefined'");
                continue;
            }
            PredefinedYaml p = entry.value();
            if (p == null || blank(p.salesforce()) || p.value() == null) {
                problem(entry.line(), type, "a predefined value needs both 'salesforce' and 'value'");
            } else {
                predefined.add(new PredefinedValue(p.salesforce(), p.value(), isTrue(p.allowOverride()), entry.line()));
            }
        }
        List<ConditionalRule> rules = new ArrayList<>();
        for (Located<RuleYaml> entry : nonNull(yaml.conditional())) {
            if (entry == null) {
                problems.add(source + ": " + type + ": an empty entry under 'conditional'");
                continue;
            }
            ConditionalRule rule = rule(type, entry);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return new RecordMapping(type, fields, predefined, rules);
    }

    private ConditionalRule rule(RecordType type, Located<RuleYaml> entry) {
        RuleYaml r = entry.value();
        int line = entry.line();
        if (r == null || r.when() == null || blank(r.is()) || blank(r.set()) || r.to() == null) {
            problem(line, type, "a conditional rule needs 'when', 'is', 'set' and 'to'");
            return null;
        }
        if (type == RecordType.Account) {
            problem(line, type, "conditional rules apply to Lead and Contact only (they follow the contact's Email 1 and Phone 1)");
            return null;
        }
        LushaField typeField = r.when() == LushaField.EMAIL_1 ? LushaField.EMAIL_1_TYPE
                : r.when() == LushaField.PHONE_1 ? LushaField.PHONE_1_TYPE : null;
        if (typeField == null) {
            problem(line, type, "conditional rules are on Email 1 or Phone 1, not on " + r.when().displayName());
            return null;
        }
        String condition = r.is().strip();
        if (condition.equalsIgnoreCase(ENRICHED)) {
            return new ConditionalRule(r.when(), null, r.set(), r.to(), isTrue(r.allowOverride()), line);
        }
        for (String allowed : typeField.allowedValues()) {
            if (allowed.equalsIgnoreCase(condition)) {
                return new ConditionalRule(r.when(), allowed, r.set(), r.to(), isTrue(r.allowOverride()), line);
            }
        }
        problem(line, type, "'is: " + condition + "' is not a condition on " + r.when().displayName()
                + " (expected: enriched, " + String.join(", ", typeField.allowedValues()) + ")");
        return null;
    }

    private AccountExportPreferences preferences(ProfileYaml.PreferencesYaml yaml) {
        if (yaml == null) {
            return AccountExportPreferences.defaults();
        }
        EnumSet<RecordType> allowed = yaml.allowedRecordTypes() == null
                ? EnumSet.allOf(RecordType.class) : EnumSet.noneOf(RecordType.class);
        if (yaml.allowedRecordTypes() != null) {
            allowed.addAll(yaml.allowedRecordTypes());
            if (allowed.isEmpty()) {
                problems.add(source + ": accountExportPreferences.allowedRecordTypes is empty: nothing could be exported");
            }
        }
        return new AccountExportPreferences(allowed, yaml.accountCreation() == null || yaml.accountCreation());
    }

    private void problem(int line, RecordType type, String what) {
        problems.add(source + ":" + line + ": " + type + ": " + what);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean isTrue(Boolean b) {
        return b != null && b;
    }
}
