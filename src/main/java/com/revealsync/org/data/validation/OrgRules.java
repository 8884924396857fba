package com.revealsync.org.data.validation;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The org's configurable rules, settable from test code: custom validation rules
 * ({@code FIELD_CUSTOM_VALIDATION_EXCEPTION}) and duplicate rules ({@code DUPLICATES_DETECTED}).
 * None are active by default.
 */
public final class OrgRules {

    /**
     * A validation rule: a record for which {@code failsWhen} holds is refused with the message.
     *
     * @param field the field the error is shown on, or null for a record-level error
     */
    public record ValidationRule(String objectName, String name, Predicate<RecordView> failsWhen,
                                 String message, String field) {
        public ValidationRule {
            Objects.requireNonNull(objectName);
            Objects.requireNonNull(failsWhen);
            Objects.requireNonNull(message);
        }
    }

    /** A duplicate rule: a new or changed record matching a live record on all these fields (case-insensitive, non-empty) is blocked. */
    public record DuplicateRule(String objectName, List<String> matchFields) {
        public DuplicateRule {
            matchFields = List.copyOf(matchFields);
            if (matchFields.isEmpty()) {
                throw new IllegalArgumentException("a duplicate rule needs at least one field");
            }
        }
    }

    private final List<ValidationRule> validationRules = new CopyOnWriteArrayList<>();
    private final List<DuplicateRule> duplicateRules = new CopyOnWriteArrayList<>();

    public OrgRules addValidationRule(ValidationRule rule) {
        validationRules.add(rule);
        return this;
    }

    public OrgRules addDuplicateRule(DuplicateRule rule) {
        duplicateRules.add(rule);
        return this;
    }

    public void clear() {
        validationRules.clear();
        duplicateRules.clear();
    }

    List<ValidationRule> validationRules(String objectName) {
        return validationRules.stream().filter(r -> r.objectName().equalsIgnoreCase(objectName)).toList();
    }

    List<DuplicateRule> duplicateRules(String objectName) {
        return duplicateRules.stream().filter(r -> r.objectName().equalsIgnoreCase(objectName)).toList();
    }
}
