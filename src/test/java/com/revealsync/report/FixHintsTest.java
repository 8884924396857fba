package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FixHintsTest {

    private final FixHints hints = FixHints.shipped();

    static Stream<String> knownCodes() {
        return Stream.concat(Stream.of(KnownCodes.OURS, KnownCodes.SALESFORCE, KnownCodes.CONNECTION)
                        .flatMap(java.util.List::stream),
                Stream.of(com.revealsync.mapping.ExportCode.values()).map(Enum::name)).distinct();
    }

    @ParameterizedTest
    @MethodSource("knownCodes")
    void everyCodeTheProductEmitsHasItsOwnHint(String code) {
        FixHint hint = hints.forCode(code);

        assertThat(hint.specific()).as(code + " has a specific hint").isTrue();
        assertThat(hint.problem()).isNotBlank().isNotEqualTo(hints.forCode("NO_SUCH_CODE").problem());
        assertThat(hint.fix(null, null, 1L)).doesNotContain("{fields}", "{user}", "{run}").hasSizeGreaterThan(80);
    }

    @Test
    void anUnknownCodeGetsTheDefaultHint() {
        FixHint hint = hints.forCode("SOME_NEW_SALESFORCE_CODE");

        assertThat(hint.specific()).isFalse();
        assertThat(hint.code()).isEqualTo("SOME_NEW_SALESFORCE_CODE");
        assertThat(hint.fix(null, null, 42L)).contains("retry-failed --run 42");
        assertThat(hints.forCode(null).specific()).isFalse();
    }

    @Test
    void placeholdersAreFilledFromTheRow() {
        assertThat(hints.forCode("REQUIRED_FIELD_MISSING").fix("Company", "a@b.c", 7L))
                .contains("filled for these contacts to Company").contains("retry-failed --run 7");
        assertThat(hints.forCode("RECONNECT_REQUIRED").fix(null, "carol@acme.example", 7L))
                .contains("reveal-sync reconnect --user carol@acme.example").contains("Setup > Session Settings");
        assertThat(hints.forCode("STRING_TOO_LONG").fix(null, null, null)).contains("the field")
                .contains("--run RUN_ID");
        assertThat(hints.forCode("RECONNECT_REQUIRED").fix(null, null, null))
                .contains("`reveal-sync reconnect --user EMAIL`").contains("the user must reconnect");
    }

    @Test
    void theHintsSayWhatTheIssueAsksFor() {
        assertThat(hints.forCode("DUPLICATES_DETECTED").fix(null, null, 1L)).contains("Duplicate Rules");
        assertThat(hints.forCode("FIELD_CUSTOM_VALIDATION_EXCEPTION").fix(null, null, 1L)).contains("Validation Rules");
        assertThat(hints.forCode("ACCOUNT_NOT_FOUND").fix(null, null, 1L)).contains("accountCreation: true");
        assertThat(hints.forCode("REQUEST_LIMIT_EXCEEDED").fix(null, null, 1L)).contains("24-hour");
        assertThat(hints.forCode("API_BUDGET_EXCEEDED").fix(null, null, 1L)).contains("resumes where it stopped");
    }
}
