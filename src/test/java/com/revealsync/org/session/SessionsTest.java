package com.revealsync.org.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.data.OrgFault;
import com.revealsync.org.data.OrgUser;
import com.revealsync.org.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private static final String ORG_ID = "00DRS0000000001AAA";
    private static final OrgUser USER = new OrgUser("005RS0000000001AAA", "admin@reveal-sync.local", "a@b.c",
            "Ada Admin", "00eRS0000000001AAA", "Europe/London", "en_GB", "en_US", "pw".toCharArray());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final Sessions sessions = new Sessions(ORG_ID, Duration.ofMinutes(30), clock);

    @Test
    void aTokenLooksLikeASalesforceSessionIdAndFindsItsUser() {
        Session session = sessions.open(USER);
        assertThat(session.token()).startsWith("00DRS0000000001!").hasSizeGreaterThan(60);
        assertThat(sessions.require(session.token()).userId()).isEqualTo(USER.id());
        assertThat(session.toString()).doesNotContain(session.token());
    }

    @Test
    void aSessionExpiresAtItsAbsoluteTtl() {
        Session session = sessions.open(USER);
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.find(session.token())).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> sessions.require(session.token())).isInstanceOfSatisfying(OrgFault.class, f -> {
            assertThat(f.exceptionCode()).isEqualTo("INVALID_SESSION_ID");
            assertThat(f.getMessage()).isEqualTo("Invalid Session ID found in SessionHeader: Illegal Session");
        });
    }

    @Test
    void unknownMissingAndRevokedTokensAreInvalid() {
        Session session = sessions.open(USER);
        assertThat(sessions.find("00DRS0000000001!nope")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
        assertThat(sessions.invalidate(session.token())).isTrue();
        assertThat(sessions.find(session.token())).isEmpty();
    }

    @Test
    void expireAllEndsEverySession() {
        Session a = sessions.open(USER);
        Session b = sessions.open(USER);
        sessions.expireAll();
        assertThat(sessions.find(a.token())).isEmpty();
        assertThat(sessions.find(b.token())).isEmpty();
        assertThat(sessions.size()).isZero();
    }

    @Test
    void aSessionCanBeEndedOnUse() {
        java.util.concurrent.atomic.AtomicInteger uses = new java.util.concurrent.atomic.AtomicInteger();
        sessions.setEndOnUse(s -> uses.incrementAndGet() > 2);
        Session session = sessions.open(USER);
        sessions.require(session.token());
        sessions.require(session.token());
        assertThatThrownBy(() -> sessions.require(session.token())).isInstanceOf(OrgFault.class);
        sessions.setEndOnUse(null);
        Session renewed = sessions.open(USER);
        for (int i = 0; i < 5; i++) {
            sessions.require(renewed.token());
        }
    }

    @Test
    void readsABearerHeader() {
        assertThat(Sessions.bearerToken("Bearer abc ")).contains("abc");
        assertThat(Sessions.bearerToken("bearer abc")).contains("abc");
        assertThat(Sessions.bearerToken("Basic abc")).isEmpty();
        assertThat(Sessions.bearerToken(null)).isEmpty();
    }
}
