package com.revealsync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DurationConverterTest {

    @ParameterizedTest
    @CsvSource({"90s, PT1M30S", "5m, PT5M", "1h, PT1H", "500ms, PT0.5S", "PT2M, PT2M", " 10 S , PT10S"})
    void reads(String text, Duration expected) {
        assertThat(new DurationConverter().convert(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "5 minutes", "0s", "-PT1M", ""})
    void refuses(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
