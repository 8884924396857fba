package com.revealsync.org.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiUsageTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void countsCallsByKindAndReportsTheLimitedUsage() {
        ApiUsage usage = new ApiUsage(100, clock);
        assertThat(usage.count(ApiKind.SOAP)).isEqualTo(1);
        assertThat(usage.count(ApiKind.BULK_V1)).isEqualTo(2);
        assertThat(usage.count(ApiKind.BULK_V2)).isEqualTo(3);
        assertThat(usage.count(ApiKind.OAUTH)).isEqualTo(3);
        assertThat(usage.byKind()).containsEntry(ApiKind.SOAP, 1L).containsEntry(ApiKind.BULK_V1, 1L)
                .containsEntry(ApiKind.BULK_V2, 1L).containsEntry(ApiKind.OAUTH, 1L);
        assertThat(usage.used()).isEqualTo(3);
    }

    @Test
    void refusesPastTheDailyLimitWithoutCountingTheRefusal() {
        ApiUsage usage = new ApiUsage(2, clock);
        usage.count(ApiKind.SOAP);
        usage.count(ApiKind.BULK_V1);
        assertThatThrownBy(() -> usage.count(ApiKind.SOAP))
                .isInstanceOfSatisfying(OrgFault.class, f -> {
                    assertThat(f.exceptionCode()).isEqualTo("REQUEST_LIMIT_EXCEEDED");
                    assertThat(f.getMessage()).isEqualTo("TotalRequests Limit exceeded.");
                });
        assertThat(usage.used()).isEqualTo(2);
    }

    @Test
    void tokenCallsGoOnPastTheLimit() {
        ApiUsage usage = new ApiUsage(0, clock);
        usage.count(ApiKind.OAUTH);
        assertThat(usage.byKind().get(ApiKind.OAUTH)).isEqualTo(1);
    }

    @Test
    void callsLeaveTheWindowAfter24Hours() {
        ApiUsage usage = new ApiUsage(2, clock);
        usage.count(ApiKind.SOAP);
        clock.advance(Duration.ofHours(12));
        usage.count(ApiKind.SOAP);
        clock.advance(Duration.ofHours(12).plusMinutes(1));
        assertThat(usage.used()).isEqualTo(1);
        usage.count(ApiKind.SOAP);
        assertThat(usage.used()).isEqualTo(2);
        clock.advance(Duration.ofDays(3));
        assertThat(usage.used()).isZero();
    }

    @Test
    void theLimitCanBeChangedWhileRunning() {
        ApiUsage usage = new ApiUsage(1, clock);
        usage.count(ApiKind.SOAP);
        usage.setDailyLimit(5);
        assertThat(usage.count(ApiKind.SOAP)).isEqualTo(2);
        assertThat(usage.dailyLimit()).isEqualTo(5);
    }
}
