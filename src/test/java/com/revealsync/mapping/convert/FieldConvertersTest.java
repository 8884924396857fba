package com.revealsync.mapping.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.mapping.ExportCode;
import com.revealsync.mapping.testing.Fields;
import com.revealsync.salesforce.metadata.FieldDescribe;
import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table per Salesforce field type: the value given, and what is written or why not. */
class FieldConvertersTest {

    private static final FieldDescribe EMAIL = Fields.of("Email", SalesforceFieldType.EMAIL).label("Email").length(80).build();
    private static final FieldDescribe PHONE = Fields.of("Phone", SalesforceFieldType.PHONE).label("Phone").length(40).build();
    private static final FieldDescribe URL = Fields.of("Website", SalesforceFieldType.URL).label("Website").length(255).build();
    private static final FieldDescribe TITLE = Fields.text("Title", "Title", 20);
    private static final FieldDescribe EMPLOYEES = Fields.of("NumberOfEmployees", SalesforceFieldType.INT)
            .label("No. of Employees").digits(8).build();
    private static final FieldDescribe REVENUE = Fields.of("AnnualRevenue", SalesforceFieldType.CURRENCY)
            .label("Annual Revenue").number(18, 0).build();
    private static final FieldDescribe SHARE = Fields.of("Share__c", SalesforceFieldType.PERCENT)
            .label("Share").number(5, 2).build();
    private static final FieldDescribe STATUS = Fields.of("Status", SalesforceFieldType.PICKLIST).label("Status")
            .length(255).restricted().picklist("Open - Not Contacted", "Working - Contacted").build();
    private static final FieldDescribe SOURCE = Fields.of("LeadSource", SalesforceFieldType.PICKLIST).label("Lead Source")
            .length(255).picklist("Web", "Other").build();
    private static final FieldDescribe TOPICS = Fields.of("Topics__c", SalesforceFieldType.MULTIPICKLIST).label("Topics")
            .length(255).restricted().picklist("Sales", "Marketing").build();

    @ParameterizedTest(name = "email {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jane@acme.com                  | jane@acme.com
            Jane.Doe+crm@mail.acme.co.uk   | Jane.Doe+crm@mail.acme.co.uk
            o'brien@acme.io                | o'brien@acme.io
            jane@acme                      | FIELD_TYPE_MISMATCH:Email: invalid email address: jane@acme
            jane.acme.com                  | FIELD_TYPE_MISMATCH:Email: invalid email address: jane.acme.com
            jane@@acme.com                 | FIELD_TYPE_MISMATCH:Email: invalid email address: jane@@acme.com
            jane doe@acme.com              | FIELD_TYPE_MISMATCH:Email: invalid email address: jane doe@acme.com
            .jane@acme.com                 | FIELD_TYPE_MISMATCH:Email: invalid email address: .jane@acme.com
            jane..doe@acme.com             | FIELD_TYPE_MISMATCH:Email: invalid email address: jane..doe@acme.com
            jane@-acme.com                 | FIELD_TYPE_MISMATCH:Email: invalid email address: jane@-acme.com
            jane@acme.c0m                  | FIELD_TYPE_MISMATCH:Email: invalid email address: jane@acme.c0m
            n/a                            | FIELD_TYPE_MISMATCH:Email: invalid email address: n/a
            averyveryveryveryveryveryveryveryveryveryveryverylongname@averyveryveryverylongdomain.com | STRING_TOO_LONG:Email: data value too large: averyveryveryveryveryveryveryveryveryveryveryverylongname@averyveryveryverylongdomain.com (max length=80)
            """)
    void email(String value, String expected) {
        assertConverts(EMAIL, value, expected);
    }

    @ParameterizedTest(name = "phone {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +1 415-555-0100          | +1 415-555-0100
            (415) 555 0100           | (415) 555 0100
            +44  20   7946 0958      | +44 20 7946 0958
            415.555.0100 ext. 12     | 415.555.0100 x12
            415-555-0100 x 7         | 415-555-0100 x7
            +972-3-555-0100#33       | +972-3-555-0100 x33
            1234                     | FIELD_TYPE_MISMATCH:Phone: value not of required type: 1234
            call me                  | FIELD_TYPE_MISMATCH:Phone: value not of required type: call me
            415+555+0100             | FIELD_TYPE_MISMATCH:Phone: value not of required type: 415+555+0100
            415-555-0100 extension   | FIELD_TYPE_MISMATCH:Phone: value not of required type: 415-555-0100 extension
            123456789012345678901234 | FIELD_TYPE_MISMATCH:Phone: value not of required type: 123456789012345678901234
            """)
    void phone(String value, String expected) {
        assertConverts(PHONE, value, expected);
    }

    @ParameterizedTest(name = "url {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            acme.com                              | acme.com
            https://www.linkedin.com/in/jane-doe  | https://www.linkedin.com/in/jane-doe
            HTTP://Acme.com:8080/about?x=1#top    | HTTP://Acme.com:8080/about?x=1#top
            acme.com:8080                         | acme.com:8080
            ftp://acme.com                        | FIELD_TYPE_MISMATCH:Website: value not of required type: ftp://acme.com
            mailto:jane@acme.com                  | FIELD_TYPE_MISMATCH:Website: value not of required type: mailto:jane@acme.com
            acme                                  | FIELD_TYPE_MISMATCH:Website: value not of required type: acme
            www.acme .com                         | FIELD_TYPE_MISMATCH:Website: value not of required type: www.acme .com
            https://                              | FIELD_TYPE_MISMATCH:Website: value not of required type: https://
            """)
    void url(String value, String expected) {
        assertConverts(URL, value, expected);
    }

    @ParameterizedTest(name = "text {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VP Sales                 | VP Sales
            Growth & Brand, EMEA     | Growth & Brand, EMEA
            exactly twenty chars     | exactly twenty chars
            Chief Executive Officer  | STRING_TOO_LONG:Title: data value too large: Chief Executive Officer (max length=20)
            """)
    void text(String value, String expected) {
        assertConverts(TITLE, value, expected);
    }

    @ParameterizedTest(name = "int {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1200        | 1200
            1,200       | 1200
            12,345,678  | 12345678
            1200.0      | 1200
            -5          | -5
            0           | 0
            51-200      | FIELD_TYPE_MISMATCH:No. of Employees: value not of required type: 51-200
            1,20        | FIELD_TYPE_MISMATCH:No. of Employees: value not of required type: 1,20
            1200.5      | FIELD_TYPE_MISMATCH:No. of Employees: value not of required type: 1200.5
            10k         | FIELD_TYPE_MISMATCH:No. of Employees: value not of required type: 10k
            1e3         | FIELD_TYPE_MISMATCH:No. of Employees: value not of required type: 1e3
            ,200        | FIELD_TYPE_MISMATCH:No. of Employees: value not of required type: ,200
            123,456,789 | NUMBER_OUTSIDE_VALID_RANGE:No. of Employees: value outside of valid range on numeric field: 123,456,789
            """)
    void integer(String value, String expected) {
        assertConverts(EMPLOYEES, value, expected);
    }

    @ParameterizedTest(name = "currency/percent {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AnnualRevenue | 25,000,000           | 25000000
            AnnualRevenue | 1500000.49           | 1500000
            AnnualRevenue | 1500000.5            | 1500001
            AnnualRevenue | $25M                 | FIELD_TYPE_MISMATCH:Annual Revenue: value not of required type: $25M
            AnnualRevenue | 1-10M                | FIELD_TYPE_MISMATCH:Annual Revenue: value not of required type: 1-10M
            AnnualRevenue | 1234567890123456789  | NUMBER_OUTSIDE_VALID_RANGE:Annual Revenue: value outside of valid range on numeric field: 1234567890123456789
            Share__c      | 12.345               | 12.35
            Share__c      | 999.99               | 999.99
            Share__c      | 1000                 | NUMBER_OUTSIDE_VALID_RANGE:Share: value outside of valid range on numeric field: 1000
            """)
    void decimal(String field, String value, String expected) {
        assertConverts(field.equals("Share__c") ? SHARE : REVENUE, value, expected);
    }

    @ParameterizedTest(name = "picklist {0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Status     | Working - Contacted   | Working - Contacted
            Status     | working - contacted   | Working - Contacted
            Status     | Test                  | INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: Test
            LeadSource | Lusha                 | Lusha
            Topics__c  | sales; Marketing      | Sales;Marketing
            Topics__c  | Sales;Ops             | INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Topics: bad value for restricted picklist field: Ops
            """)
    void picklist(String field, String value, String expected) {
        FieldDescribe f = switch (field) {
            case "Status" -> STATUS;
            case "LeadSource" -> SOURCE;
            default -> TOPICS;
        };
        assertConverts(f, value, expected);
    }

    @ParameterizedTest(name = "boolean/date/datetime/reference {0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BOOLEAN   | yes                        | true
            BOOLEAN   | FALSE                      | false
            BOOLEAN   | maybe                      | FIELD_TYPE_MISMATCH:F: value not of required type: maybe
            DATE      | 2024-03-01                 | 2024-03-01
            DATE      | 2024-03-01T10:00:00+02:00  | 2024-03-01
            DATE      | 01/03/2024                 | FIELD_TYPE_MISMATCH:F: value not of required type: 01/03/2024
            DATETIME  | 2024-03-01T10:00:00Z       | 2024-03-01T10:00:00Z
            DATETIME  | 2024-03-01T10:00:00+02:00  | 2024-03-01T08:00:00Z
            DATETIME  | yesterday                  | FIELD_TYPE_MISMATCH:F: value not of required type: yesterday
            REFERENCE | 005000000000001AAA         | 005000000000001AAA
            REFERENCE | 005000000000001            | 005000000000001
            REFERENCE | jane@acme.com              | FIELD_TYPE_MISMATCH:F: id value of incorrect type: jane@acme.com
            """)
    void otherTypes(SalesforceFieldType type, String value, String expected) {
        assertConverts(Fields.of("F", type).label("F").build(), value, expected);
    }

    @org.junit.jupiter.api.Test
    void valuesComeInTheFieldsJavaType() {
        assertThat(FieldConverters.forType(SalesforceFieldType.INT).convert("1,200", EMPLOYEES).value()).isEqualTo(1200);
        assertThat(FieldConverters.forType(SalesforceFieldType.CURRENCY).convert("1,200", REVENUE).value())
                .isEqualTo(new BigDecimal("1200"));
        assertThat(FieldConverters.forType(SalesforceFieldType.BOOLEAN).convert("yes", Fields.of("B", SalesforceFieldType.BOOLEAN).build()).value())
                .isEqualTo(Boolean.TRUE);
        assertThat(FieldConverters.forType(SalesforceFieldType.DATE).convert("2024-03-01", Fields.of("D", SalesforceFieldType.DATE).build()).value())
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(FieldConverters.forType(SalesforceFieldType.DATETIME).convert("2024-03-01T10:00:00Z", Fields.of("D", SalesforceFieldType.DATETIME).build()).value())
                .isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(FieldConverters.forType(SalesforceFieldType.OTHER)).isNull();
    }

    /** Expected: the value written (as text), or {@code CODE:message}. */
    static void assertConverts(FieldDescribe field, String value, String expected) {
        Converted c = FieldConverters.forType(field.type()).convert(value, field);
        int colon = expected.indexOf(':');
        String head = colon < 0 ? "" : expected.substring(0, colon);
        if (isCode(head)) {
            assertThat(c.problem()).isEqualTo(ExportCode.valueOf(head));
            assertThat(c.message()).isEqualTo(expected.substring(colon + 1));
            assertThat(c.value()).isNull();
        } else {
            assertThat(c.problem()).as(c.message()).isNull();
            assertThat(String.valueOf(c.value() instanceof BigDecimal bd ? bd.toPlainString() : c.value())).isEqualTo(expected);
        }
    }

    private static boolean isCode(String s) {
        for (ExportCode code : ExportCode.values()) {
            if (code.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
