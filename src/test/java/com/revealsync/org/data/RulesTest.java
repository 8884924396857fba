package com.revealsync.org.data;

import static com.revealsync.org.data.OrgTestSupport.lead;
import static com.revealsync.org.data.OrgTestSupport.withId;
import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.validation.OrgRules;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RulesTest {

    private final OrgDatabase org = OrgDatabase.inMemory();

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void duplicateRulesAreOffByDefault() {
        org.create(List.of(lead("A", "Acme", "Email", "a@acme.com")));

        assertThat(org.create(List.of(lead("B", "Acme", "Email", "a@acme.com"))).get(0).success()).isTrue();
    }

    @Test
    void duplicateRuleBlocksAMatchingRecord() {
        org.rules().addDuplicateRule(new OrgRules.DuplicateRule("Lead", List.of("Email")));
        org.create(List.of(lead("A", "Acme", "Email", "a@acme.com")));

        List<SaveResult> results = org.create(List.of(lead("B", "Acme", "Email", "A@ACME.com"), lead("C", "Acme", "Email", "c@acme.com")));

        assertThat(results.get(0).errors()).singleElement()
                .isEqualTo(new OrgError("DUPLICATES_DETECTED", "Use one of these records?", List.of()));
        assertThat(results.get(1).success()).isTrue();
    }

    @Test
    void validationRuleRefusesWithItsOwnMessageOnCreateAndUpdate() {
        org.rules().addValidationRule(new OrgRules.ValidationRule("Lead", "NoGmail",
                r -> r.text("Email") != null && r.text("Email").endsWith("@gmail.com"), "Work emails only", "Email"));

        SaveResult refused = org.create(List.of(lead("A", "Acme", "Email", "a@gmail.com"))).get(0);
        String id = org.create(List.of(lead("B", "Acme", "Email", "b@acme.com"))).get(0).id();
        SaveResult refusedUpdate = org.update(List.of(withId("Lead", id, "Email", "b@gmail.com"))).get(0);

        OrgError expected = new OrgError("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Work emails only", List.of("Email"));
        assertThat(refused.errors()).containsExactly(expected);
        assertThat(refusedUpdate.errors()).containsExactly(expected);
    }
}
