package com.revealsync.salesforce.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.revealsync.salesforce.ApiLimitExceededException;
import com.revealsync.salesforce.OrgUnreachableException;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.testing.FakeTime;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RetrierTest {

    private static final RetrySettings SETTINGS =
            new RetrySettings(4, Duration.ofMillis(100), 2.0, Duration.ofSeconds(1), Duration.ZERO);

    /** An exception whose message names the fault kind it stands for. */
    private static final class Scripted extends Exception {
        final FaultKind kind;

        Scripted(FaultKind kind) {
            super(kind.name());
            this.kind = kind;
        }
    }

    private final FakeTime time = new FakeTime();
    private final ApiCallCounter counter = new ApiCallCounter();
    private final AtomicInteger renewals = new AtomicInteger();
    private final Retrier retrier = new Retrier(ApiCallKind.SOAP, new Backoff(SETTINGS), time, time,
            f -> f instanceof Scripted s ? Fault.of(s.kind, "CODE_" + s.kind, "scripted " + s.kind, f)
                    : Fault.of(FaultKind.PROPAGATE, "X", String.valueOf(f.getMessage()), f),
            renewals::incrementAndGet, counter);

    /** Fails with the given kinds in turn, then answers "ok". */
    private Retrier.Attempt<String> failing(FaultKind... kinds) {
        Deque<FaultKind> script = new ArrayDeque<>(List.of(kinds));
        return () -> {
            if (!script.isEmpty()) {
                throw new Scripted(script.pop());
            }
            return "ok";
        };
    }

    private static final CallSpec READ = CallSpec.read("query", "Lead");
    private static final CallSpec CREATE = CallSpec.nonIdempotentWrite("create", "Lead", List.of("row:1", "row:2"));

    @Test
    void transient_faults_are_retried_with_growing_waits_until_the_call_succeeds() {
        String result = retrier.call(READ, failing(FaultKind.MAYBE_PROCESSED, FaultKind.NOT_PROCESSED, FaultKind.MAYBE_PROCESSED));

        assertThat(result).isEqualTo("ok");
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(4);
    }

    @Test
    void transient_faults_through_every_attempt_make_the_org_unreachable() {
        assertThatThrownBy(() -> retrier.call(READ, failing(FaultKind.NOT_PROCESSED, FaultKind.NOT_PROCESSED,
                FaultKind.NOT_PROCESSED, FaultKind.NOT_PROCESSED, FaultKind.NOT_PROCESSED)))
                .isInstanceOf(OrgUnreachableException.class)
                .hasMessageContaining("after 4 attempts")
                .satisfies(e -> assertThat(((OrgUnreachableException) e).attempts()).isEqualTo(4));
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void a_create_whose_answer_was_lost_is_not_resent() {
        AtomicInteger sent = new AtomicInteger();
        assertThatThrownBy(() -> retrier.call(CREATE, () -> {
            sent.incrementAndGet();
            throw new Scripted(FaultKind.MAYBE_PROCESSED);
        }))
                .isInstanceOf(WriteOutcomeUnknownException.class)
                .satisfies(e -> assertThat(((WriteOutcomeUnknownException) e).keys()).containsExactly("row:1", "row:2"));
        assertThat(sent).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_create_the_org_did_not_take_is_resent() {
        assertThat(retrier.call(CREATE, failing(FaultKind.NOT_PROCESSED, FaultKind.NOT_PROCESSED))).isEqualTo("ok");
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void an_expired_session_is_renewed_once_and_the_call_resent_at_once() {
        assertThat(retrier.call(CREATE, failing(FaultKind.SESSION_EXPIRED))).isEqualTo("ok");
        assertThat(renewals).hasValue(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void a_session_that_expires_again_after_renewal_fails_the_call() {
        assertThatThrownBy(() -> retrier.call(READ, failing(FaultKind.SESSION_EXPIRED, FaultKind.SESSION_EXPIRED)))
                .isInstanceOf(SalesforceApiException.class)
                .satisfies(e -> assertThat(((SalesforceApiException) e).code()).isEqualTo("CODE_SESSION_EXPIRED"));
        assertThat(renewals).hasValue(1);
    }

    @Test
    void the_api_limit_is_never_retried() {
        assertThatThrownBy(() -> retrier.call(READ, failing(FaultKind.LIMIT_EXCEEDED)))
                .isInstanceOf(ApiLimitExceededException.class)
                .hasMessageContaining("CODE_LIMIT_EXCEEDED");
        assertThat(counter.snapshot().get(ApiCallKind.SOAP)).isEqualTo(1);
    }

    @Test
    void a_refusal_that_is_one_of_the_call_answers_is_thrown_as_any_but_logged_at_debug_not_warn() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger calls = (Logger) LoggerFactory.getLogger("com.revealsync.salesforce.calls");
        Level level = calls.getLevel();
        log.start();
        calls.addAppender(log);
        calls.setLevel(Level.DEBUG);
        try {
            assertThatThrownBy(() -> retrier.call(CallSpec.probe("batchResult", "Lead"), failing(FaultKind.REFUSED)))
                    .isInstanceOfSatisfying(SalesforceApiException.class, e -> assertThat(e.code()).isEqualTo("CODE_REFUSED"));
            assertThatThrownBy(() -> retrier.call(READ, failing(FaultKind.REFUSED)))
                    .isInstanceOf(SalesforceApiException.class);
        } finally {
            calls.detachAppender(log);
            calls.setLevel(level);
        }

        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .singleElement().asString().startsWith("SOAP query Lead failed after 1 attempt(s)");
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.DEBUG).extracting(ILoggingEvent::getFormattedMessage)
                .singleElement().asString().startsWith("SOAP batchResult Lead answered in").contains("CODE_REFUSED");
    }

    @Test
    void a_refusal_is_translated_with_its_code_and_message_and_not_retried() {
        assertThatThrownBy(() -> retrier.call(READ, failing(FaultKind.REFUSED)))
                .isInstanceOfSatisfying(SalesforceApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("CODE_REFUSED");
                    assertThat(e.apiMessage()).isEqualTo("scripted REFUSED");
                    assertThat(e.errors()).singleElement().satisfies(err -> assertThat(err.statusCode()).isEqualTo("CODE_REFUSED"));
                    assertThat(e).hasMessageContaining("soap query Lead");
                });
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void our_own_exceptions_pass_through_unchanged() {
        ReconnectRequiredException reconnect = new ReconnectRequiredException("reconnect please");
        assertThatThrownBy(() -> retrier.call(READ, () -> {
            throw reconnect;
        })).isSameAs(reconnect);
    }
}
