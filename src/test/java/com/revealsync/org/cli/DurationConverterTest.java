package com.revealsync.org.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @ParameterizedTest
    @CsvSource({"90s, PT1M30S", "30m, PT30M", "2h, PT2H", "1d, PT24H", "250ms, PT0.25S", "PT2H, PT2H", "pt15m, PT15M", "' 5 m ', PT5M"})
    void readsShortAndIsoForms(String text, String expected) {
        assertThat(converter.convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"PT2H, 2h", "PT48H, 2d", "PT90S, 90s", "PT30M, 30m", "PT0.25S, 250ms", "PT1H1S, 3601s"})
    void formatsTheWayItIsTyped(String iso, String typed) {
        assertThat(DurationConverter.format(Duration.parse(iso))).isEqualTo(typed);
        assertThat(converter.convert(typed)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "-5m", "0s", "PT0S", "5 minutes"})
    void refusesWhatIsNotAPositiveDuration(String text) {
        assertThatThrownBy(() -> converter.convert(text)).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining(text.strip().isEmpty() ? "duration" : text.strip());
    }
}
