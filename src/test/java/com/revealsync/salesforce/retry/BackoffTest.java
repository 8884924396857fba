package com.revealsync.salesforce.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static List<Duration> allWaits(RetrySettings settings) {
        Backoff.Waits waits = new Backoff(settings).start();
        List<Duration> all = new ArrayList<>();
        for (Optional<Duration> w = waits.next(); w.isPresent(); w = waits.next()) {
            all.add(w.get());
        }
        return all;
    }

    @Test
    void waits_grow_by_the_multiplier_up_to_the_cap_and_stop_after_max_attempts() {
        RetrySettings settings = new RetrySettings(6, Duration.ofMillis(100), 3.0, Duration.ofMillis(1000), Duration.ZERO);

        assertThat(allWaits(settings)).extracting(Duration::toMillis).containsExactly(100L, 300L, 900L, 1000L, 1000L);
    }

    @Test
    void one_attempt_means_no_wait() {
        assertThat(allWaits(new RetrySettings(1, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), Duration.ZERO))).isEmpty();
    }

    @RepeatedTest(20)
    void jitter_moves_each_wait_within_its_scaled_range_and_never_past_the_cap() {
        RetrySettings settings = new RetrySettings(4, Duration.ofMillis(200), 2.0, Duration.ofMillis(1000), Duration.ofMillis(50));

        List<Long> waits = allWaits(settings).stream().map(Duration::toMillis).toList();

        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(200L, 250L);   // never below the initial delay
        assertThat(waits.get(1)).isBetween(300L, 500L);   // 400 +- 50 * 400/200
        assertThat(waits.get(2)).isBetween(600L, 1000L);  // 800 +- 200, capped
    }

    @Test
    void settings_out_of_bounds_are_refused_with_the_reason() {
        assertThatThrownBy(() -> new RetrySettings(0, Duration.ofMillis(1), 2, Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new RetrySettings(3, Duration.ofSeconds(2), 2, Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("initial-delay <= max-delay");
        assertThatThrownBy(() -> new RetrySettings(3, Duration.ofMillis(1), 0.5, Duration.ofSeconds(1), Duration.ZERO))
                .hasMessageContaining("multiplier");
    }
}
