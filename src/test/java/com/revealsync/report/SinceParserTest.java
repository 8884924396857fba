package com.revealsync.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SinceParserTest {

    private static final Clock NOW = Clock.fixed(LocalDateTime.of(2025, 6, 9, 7, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
            "2025-06-02,       2025-06-02T00:00",
            "2025-06-02T08:30, 2025-06-02T08:30",
            "7d,               2025-06-02T07:00",
            "24h,              2025-06-08T07:00",
            "2w,               2025-05-26T07:00",
            "P7D,              2025-06-02T07:00",
            "PT12H,            2025-06-08T19:00",
            "' 7D ',           2025-06-02T07:00",
    })
    void readsDatesDateTimesAndPeriodsBackFromNow(String text, LocalDateTime expected) {
        assertThat(SinceParser.parse(text, NOW)).isEqualTo(expected);
    }

    @Test
    void somethingElseIsAClearUserError() {
        assertThatThrownBy(() -> SinceParser.parse("last tuesday", NOW)).isInstanceOf(UserError.class)
                .hasMessage("since: 'last tuesday' is not a date (2025-06-02), a date-time (2025-06-02T08:00) "
                        + "or a period back from now (7d, 24h, 2w, P7D)");
    }
}
