package com.revealsync.salesforce.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.revealsync.salesforce.SalesforceError;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulkErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --          | REQUIRED_FIELD_MISSING | Required fields are missing: [LastName] | LastName
            INVALID_EMAIL_ADDRESS:Email: invalid email address: a@b:Email --                    | INVALID_EMAIL_ADDRESS  | Email: invalid email address: a@b       | Email
            INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--                           | INVALID_CROSS_REFERENCE_KEY | invalid cross reference id        |
            INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: Test:Status -- | INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST | Status: bad value for restricted picklist field: Test | Status
            REQUIRED_FIELD_MISSING:Required fields are missing: [LastName, Company]:LastName,Company -- | REQUIRED_FIELD_MISSING | Required fields are missing: [LastName, Company] | LastName;Company
            something the org said without a code                                               | UNKNOWN_EXCEPTION      | something the org said without a code   |
            """)
    void one_error_cell_reads_as_code_message_and_fields(String cell, String code, String message, String fields) {
        List<SalesforceError> errors = BulkErrors.parse(cell);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.statusCode()).isEqualTo(code);
            assertThat(e.message()).isEqualTo(message);
            assertThat(e.fields()).containsExactlyElementsOf(fields == null ? List.of() : List.of(fields.split(";")));
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            STRING_TOO_LONG:Last Name: data value too large: x (max length=80):LastName --INVALID_EMAIL_ADDRESS:Email: invalid email address: a@b:Email --
            STRING_TOO_LONG:Last Name: data value too large: x (max length=80):LastName -- INVALID_EMAIL_ADDRESS:Email: invalid email address: a@b:Email --
            """)
    void several_errors_in_one_cell_are_all_kept(String cell) {
        assertThat(BulkErrors.parse(cell)).extracting(SalesforceError::statusCode, SalesforceError::fields)
                .containsExactly(
                        tuple("STRING_TOO_LONG", List.of("LastName")),
                        tuple("INVALID_EMAIL_ADDRESS", List.of("Email")));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void an_empty_cell_on_a_failed_row_still_says_it_failed(String cell) {
        assertThat(BulkErrors.parse(cell)).singleElement()
                .satisfies(e -> assertThat(e.statusCode()).isEqualTo("UNKNOWN_EXCEPTION"));
    }
}
