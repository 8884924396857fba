package com.revealsync.mapping.profile;

import com.revealsync.lusha.LushaField;
import com.revealsync.lusha.RecordType;
import java.util.List;
import java.util.Map;

/**
 * The profile file's shape, as Jackson binds it. Unknown keys are refused; values are checked and
 * turned into the public model by {@link ProfileBinder}.
 */
record ProfileYaml(Map<RecordType, RecordYaml> mappings, PreferencesYaml accountExportPreferences) {

    record RecordYaml(List<Located<FieldYaml>> fields, List<Located<PredefinedYaml>> predefined,
                      List<Located<RuleYaml>> conditional) {
    }

    record FieldYaml(LushaField lusha, String salesforce, Boolean allowOverride) {
    }

    record PredefinedYaml(String salesforce, String value, Boolean allowOverride) {
    }

    /** {@code when: Phone 1, is: mobile, set: Rating, to: Hot}. */
    record RuleYaml(LushaField when, String is, String set, String to, Boolean allowOverride) {
    }

    record PreferencesYaml(List<RecordType> allowedRecordTypes, Boolean accountCreation) {
    }
}
