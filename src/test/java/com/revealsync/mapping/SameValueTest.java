package com.revealsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.revealsync.salesforce.metadata.SalesforceFieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Unchanged" compares what Salesforce holds (as its API returns it) with the value a plan would write. */
class SameValueTest {

    @ParameterizedTest(name = "{0}: Salesforce ''{1}'' vs {2} ''{3}'' -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            INT      | 1200                      | Integer    | 1200                 | true
            INT      | 1200.0                    | Integer    | 1200                 | true
            INT      | 1201                      | Integer    | 1200                 | false
            CURRENCY | 2.5E7                     | BigDecimal | 25000000             | true
            CURRENCY | 25000000.00               | BigDecimal | 25000000             | true
            CURRENCY | n/a                       | BigDecimal | 25000000             | false
            BOOLEAN  | true                      | Boolean    | true                 | true
            BOOLEAN  | false                     | Boolean    | true                 | false
            EMAIL    | Jane@Acme.com             | String     | jane@acme.com        | true
            STRING   | Jane                      | String     | jane                 | false
            STRING   | Jane                      | String     | Jane                 | true
            DATE     | 2024-03-01                | LocalDate  | 2024-03-01           | true
            DATE     | 2024-03-02                | LocalDate  | 2024-03-01           | false
            DATETIME | 2024-03-01T10:00:00.000Z  | Instant    | 2024-03-01T10:00:00Z | true
            DATETIME | 2024-03-01T12:00:00+02:00 | Instant    | 2024-03-01T10:00:00Z | true
            DATETIME | 2024-03-01T10:00:01.000Z  | Instant    | 2024-03-01T10:00:00Z | false
            """)
    void same(SalesforceFieldType type, String current, String javaType, String value, boolean same) {
        Object v = switch (javaType) {
            case "Integer" -> Integer.valueOf(value);
            case "BigDecimal" -> new BigDecimal(value);
            case "Boolean" -> Boolean.valueOf(value);
            case "LocalDate" -> LocalDate.parse(value);
            case "Instant" -> Instant.parse(value);
            default -> value;
        };
        assertThat(com.revealsync.mapping.convert.SameValue.same(current, v, type)).isEqualTo(same);
    }
}
