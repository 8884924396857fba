package com.revealsync.org.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultSpecTest {

    @Test
    void readsEveryFault() {
        FaultSpec spec = FaultSpec.parse("seed=42, latency=20ms,http503=0.05,reset=1%,lock=0.02,expire-after=50,api-limit=1000");

        assertThat(spec).isEqualTo(new FaultSpec(42, Duration.ofMillis(20), 0.05, 0.01, 0.02, 50, 1000));
        assertThat(FaultSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void anEmptySpecInjectsNothing() {
        assertThat(FaultSpec.parse("")).isEqualTo(FaultSpec.NONE);
        assertThat(FaultSpec.NONE.any()).isFalse();
        assertThat(FaultSpec.parse("latency=1.5s").latency()).isEqualTo(Duration.ofMillis(1500));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "seed=1,http503=2        | bad fault spec part 'http503=2': a share must be between 0 and 1",
            "latency=50              | bad fault spec part 'latency=50': a latency needs a unit, e.g. 50ms or 1s",
            "lock=0.1,chaos=1        | bad fault spec part 'chaos=1': unknown fault 'chaos'",
            "lock                    | bad fault spec part 'lock': expected key=value",
            "expire-after=0          | bad fault spec part 'expire-after=0': must be a whole number of at least 1",
            "seed=x                  | bad fault spec part 'seed=x': 'x' is not a number",
            "lock=0.1,lock=0.2       | bad fault spec part 'lock=0.2': 'lock' is given twice",
    })
    void aBadPartIsNamed(String spec, String message) {
        assertThatThrownBy(() -> FaultSpec.parse(spec))
                .isInstanceOf(FaultSpecException.class)
                .hasMessageStartingWith(message);
    }
}
