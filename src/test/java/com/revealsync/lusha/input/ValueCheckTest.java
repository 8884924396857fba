package com.revealsync.lusha.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.LushaField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueCheckTest {

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            export_as            | lead                      | Lead
            export_as            | CONTACT                   | Contact
            export_as            | Leads                     | -
            export_as            | Account                   | -
            email_1_type         | Personal                  | personal
            email_1_type         | business                  | -
            phone_1_type         | direct                    | direct
            phone_1_type         | cell                      | -
            revealed_at          | 2026-11-26T09:15:00Z      | 2026-11-26T09:15:00Z
            revealed_at          | 2026-11-26T11:15:00+02:00 | 2026-11-26T11:15:00+02:00
            revealed_at          | 2026-11-26T09:15:00       | 2026-11-26T09:15:00
            revealed_at          | 2026-11-26 09:15:00       | 2026-11-26 09:15:00
            revealed_at          | 2026-11-26                | 2026-11-26
            revealed_at          | 26/11/2026 09:15          | -
            revealed_at          | yesterday                 | -
            revealed_by          | dana@acme-sales.example   | dana@acme-sales.example
            revealed_by          | dana                      | -
            revealed_by          | dana@@acme                | -
            email_1              | not an email              | not an email
            company_number_of_employees | 51-200             | 51-200
            """)
    void keepsOrRefusesAValue(String key, String value, String kept) {
        ValueCheck.Result result = ValueCheck.check(LushaField.byName(key).orElseThrow(), value);

        assertThat(result.value()).isEqualTo(kept);
        assertThat(result.ok()).isEqualTo(kept != null);
        if (kept == null) {
            assertThat(result.problem()).startsWith(key + " \"" + value + "\" is not");
        }
    }
}
