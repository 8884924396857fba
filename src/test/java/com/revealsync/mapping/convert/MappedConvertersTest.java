package com.revealsync.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.lusha.LushaFieldType;
import com.revealsync.mapping.ExportCode;
import com.revealsync.mapping.testing.Fields;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Lusha value keeps its own type check when it goes into a looser Salesforce field. */
class MappedConvertersTest {

    @ParameterizedTest(name = "{0} {2} into {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EMAIL  | STRING   | jane@acme.com       | jane@acme.com
            EMAIL  | STRING   | not an email        | FIELD_TYPE_MISMATCH
            EMAIL  | TEXTAREA | jane@               | FIELD_TYPE_MISMATCH
            PHONE  | STRING   | +1  415 555 0100    | +1 415 555 0100
            PHONE  | STRING   | ask reception       | FIELD_TYPE_MISMATCH
            URL    | STRING   | linkedin.com/in/j   | linkedin.com/in/j
            URL    | STRING   | not a url           | FIELD_TYPE_MISMATCH
            NUMBER | INT      | 1,200               | 1200
            NUMBER | INT      | 51-200              | FIELD_TYPE_MISMATCH
            NUMBER | STRING   | 1,200               | 1200
            NUMBER | STRING   | 51-200              | FIELD_TYPE_MISMATCH
            TEXT   | STRING   | 51-200              | 51-200
            TEXT   | PICKLIST | Technology          | Technology
            """)
    void lushaTypeCheckThenSalesforceType(LushaFieldType source, SalesforceFieldType target, String value, String expected) {
        FieldDescribe field = Fields.of("F", target).label("F").length(80).digits(8).build();
        Converted c = MappedConverters.forMapping(source, target).convert(value, field);
        if (expected.equals("FIELD_TYPE_MISMATCH")) {
            assertThat(c.problem()).isEqualTo(ExportCode.FIELD_TYPE_MISMATCH);
            assertThat(c.message()).startsWith("F: ").endsWith(value);
        } else {
            assertThat(c.problem()).as(c.message()).isNull();
            assertThat(String.valueOf(c.value())).isEqualTo(expected);
        }
    }
}
