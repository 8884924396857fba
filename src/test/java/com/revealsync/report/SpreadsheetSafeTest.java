package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetSafeTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\",\"y\") | '=HYPERLINK(\"http://x\",\"y\")",
            "+1                             | '+1",
            "-2                             | '-2",
            "@SUM(A1:A9)                    | '@SUM(A1:A9)",
            "=1+1                           | '=1+1",
            "Ada Lovelace                   | Ada Lovelace",
            "a=b                            | a=b",
            "'already                       | 'already",
            "1-2                            | 1-2",
            "``                             | ``",
    })
    void aCellStartingWithAFormulaCharacterGetsALeadingQuote(String value, String expected) {
        assertThat(SpreadsheetSafe.cell(value)).isEqualTo(expected);
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedToo() {
        assertThat(SpreadsheetSafe.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(SpreadsheetSafe.cell("\r=cmd")).isEqualTo("'\r=cmd");
    }

    @Test
    void nullBecomesAnEmptyCell() {
        assertThat(SpreadsheetSafe.cell(null)).isEmpty();
        assertThat(SpreadsheetSafe.row("=a", null, "b")).containsExactly("'=a", "", "b");
    }
}
