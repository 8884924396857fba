package com.revealsync.org.data.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.org.data.FieldSchema;
import com.revealsync.org.data.schema.FieldType;
import com.revealsync.org.data.schema.OrgSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table per field type: wire text in, stored value out as wire text, or the status code. */
class ValueParserTest {

    private static final OrgSchema SCHEMA = OrgSchema.standard();
    private final ValueParser parser = new ValueParser(SCHEMA);

    private String read(String object, String field, String text) {
        var meta = SCHEMA.require(object);
        int at = meta.require(field);
        FieldSchema schema = meta.field(at);
        ParsedValue parsed = parser.parse(schema, meta.type(at), text);
        return parsed.ok() ? String.valueOf(WireFormat.format(meta.type(at), parsed.value())) : parsed.error().statusCode();
    }

    @ParameterizedTest(name = "{0}.{1} <- ''{2}''")
    @CsvSource(delimiter = '|', textBlock = """
            Lead | NumberOfEmployees | 120                    | 120
            Lead | NumberOfEmployees | ' 120 '                | 120
            Lead | NumberOfEmployees | -5                     | -5
            Lead | NumberOfEmployees | 120.0                  | 120
            Lead | NumberOfEmployees | 99999999               | 99999999
            Lead | NumberOfEmployees | 100000000              | NUMBER_OUTSIDE_VALID_RANGE
            Lead | NumberOfEmployees | 1,000                  | INVALID_TYPE_ON_FIELD_IN_RECORD
            Lead | NumberOfEmployees | 0x10                   | INVALID_TYPE_ON_FIELD_IN_RECORD
            Lead | AnnualRevenue     | 5000000                | 5000000.0
            Lead | AnnualRevenue     | 5000000.49             | 5000000.0
            Lead | AnnualRevenue     | 1.5E7                  | 1.5E7
            Lead | AnnualRevenue     | 999999999999999999     | 1.0E18
            Lead | AnnualRevenue     | 1000000000000000000    | NUMBER_OUTSIDE_VALID_RANGE
            Lead | AnnualRevenue     | NaN                    | INVALID_TYPE_ON_FIELD_IN_RECORD
            Lead | IsConverted       | true                   | true
            Lead | IsConverted       | FALSE                  | false
            Lead | IsConverted       | 1                      | true
            Lead | IsConverted       | 0                      | false
            Lead | IsConverted       | yes                    | true
            Lead | IsConverted       | y                      | INVALID_TYPE_ON_FIELD_IN_RECORD
            Lead | ConvertedDate     | 2026-11-28             | 2026-11-28
            Lead | ConvertedDate     | 2026-11-28T10:00:00Z   | 2026-11-28
            Lead | ConvertedDate     | 28/11/2026             | INVALID_TYPE_ON_FIELD_IN_RECORD
            Lead | CreatedDate       | 2026-11-28T02:00:00Z   | 2026-11-28T02:00:00.000Z
            Lead | CreatedDate       | 2026-11-28T04:00:00.123+02:00 | 2026-11-28T02:00:00.123Z
            Lead | CreatedDate       | 2026-11-28T02:00:00    | 2026-11-28T02:00:00.000Z
            Lead | CreatedDate       | 2026-11-28             | 2026-11-28T00:00:00.000Z
            Lead | CreatedDate       | yesterday              | INVALID_TYPE_ON_FIELD_IN_RECORD
            Lead | Email             | Jo.Smith+x@Acme.co.uk  | Jo.Smith+x@Acme.co.uk
            Lead | Email             | ' jo@acme.com '        | jo@acme.com
            Lead | Email             | jo@acme                | INVALID_EMAIL_ADDRESS
            Lead | Email             | jo@@acme.com           | INVALID_EMAIL_ADDRESS
            Lead | Email             | jo smith@acme.com      | INVALID_EMAIL_ADDRESS
            Lead | Phone             | +1 (555) 010-9999 x12  | +1 (555) 010-9999 x12
            Lead | Website           | not a url at all       | not a url at all
            Lead | Status            | Working - Contacted    | Working - Contacted
            Lead | Status            | working - contacted    | INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST
            Lead | LeadSource        | Lusha                  | Lusha
            Lead | OwnerId           | 005RS0000000001        | 005RS0000000001YAA
            Lead | OwnerId           | 001RS0000000001        | FIELD_INTEGRITY_EXCEPTION
            Lead | OwnerId           | 005                    | MALFORMED_ID
            """)
    void readsWireTextPerFieldType(String object, String field, String text, String expected) {
        assertThat(read(object, field, text)).isEqualTo(expected);
    }

    @Test
    void emptyTextIsNull() {
        assertThat(read("Lead", "NumberOfEmployees", "")).isEqualTo("null");
        assertThat(read("Lead", "Title", "")).isEqualTo("null");
    }

    @Test
    void lengthCountsUtf16UnitsAsSalesforceDoes() {
        assertThat(read("Lead", "FirstName", "é".repeat(40))).isEqualTo("é".repeat(40));
        assertThat(read("Lead", "FirstName", "😀".repeat(20))).isEqualTo("😀".repeat(20));
        assertThat(read("Lead", "FirstName", "😀".repeat(21))).isEqualTo("STRING_TOO_LONG");
    }

    @Test
    void typesKnowTheirSoapType() {
        assertThat(FieldType.CURRENCY.soapType()).isEqualTo("xsd:double");
        assertThat(FieldType.REFERENCE.soapType()).isEqualTo("tns:ID");
    }
}
