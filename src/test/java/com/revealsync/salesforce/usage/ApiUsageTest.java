package com.revealsync.salesforce.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiUsageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            api-usage=12/15000                          | 12   | 15000
            api-usage=14999/15000;per-app-api-usage=1/0 | 14999| 15000
            API-USAGE = 3 / 100                         | 3    | 100
            """)
    void the_sforce_limit_info_header_is_read(String header, long current, long limit) {
        assertThat(ApiUsage.fromLimitInfoHeader(header)).contains(new ApiUsage(current, limit));
    }

    @Test
    void a_header_without_api_usage_reads_as_nothing() {
        assertThat(ApiUsage.fromLimitInfoHeader("per-app-api-usage=1/10")).isEmpty();
        assertThat(ApiUsage.fromLimitInfoHeader(null)).isEmpty();
    }

    @Test
    void the_budget_stops_at_its_share_of_the_daily_limit_and_not_before() {
        ApiBudget budget = new ApiBudget(0.9);

        budget.check(Optional.empty());
        budget.check(Optional.of(new ApiUsage(899, 1000)));
        assertThatThrownBy(() -> budget.check(Optional.of(new ApiUsage(900, 1000))))
                .isInstanceOfSatisfying(ApiBudgetExceededException.class, e -> {
                    assertThat(e.usage()).isEqualTo(new ApiUsage(900, 1000));
                    assertThat(e).hasMessage("the org has used 900 of its 1000 daily API requests (90%), past the 90%"
                            + " this run may use; run the same command again later to resume");
                });
        assertThat(budget.isExceeded(new ApiUsage(5, 0))).isFalse();
    }

    @Test
    void a_budget_share_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> new ApiBudget(0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new ApiBudget(1.5)).hasMessageContaining("(0, 1]");
    }
}
