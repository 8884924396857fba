package com.revealsync.salesforce.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SObjectsTest {

    static List<Object[]> values() {
        return List.of(
                new Object[]{"text", "text"},
                new Object[]{true, true},
                new Object[]{7, 7},
                new Object[]{7L, 7},
                new Object[]{12_345_678_901L, "12345678901"},
                new Object[]{1.5, 1.5},
                new Object[]{new BigDecimal("1200000"), 1200000.0},
                new Object[]{new BigDecimal("0.1"), "0.1"},
                new Object[]{LocalDate.of(2024, 2, 29), "2024-02-29"});
    }

    @ParameterizedTest
    @MethodSource("values")
    void each_value_goes_out_as_a_type_wsc_writes_exactly(Object value, Object sent) {
        assertThat(SObjects.soapValue(value)).isEqualTo(sent);
    }

    @ParameterizedTest
    @MethodSource("instants")
    void instants_go_out_as_utc_calendars(Object value) {
        assertThat(SObjects.soapValue(value)).isInstanceOfSatisfying(Calendar.class, c -> {
            assertThat(c.getTimeZone().getID()).isEqualTo("UTC");
            assertThat(c.toInstant()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        });
    }

    static List<Object> instants() {
        return List.of(Instant.parse("2025-01-02T03:04:05Z"), OffsetDateTime.parse("2025-01-02T05:04:05+02:00"));
    }
}
