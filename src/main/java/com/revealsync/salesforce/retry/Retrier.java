package com.revealsync.salesforce.retry;

import com.revealsync.salesforce.ApiLimitExceededException;
import com.revealsync.salesforce.OrgUnreachableException;
import com.revealsync.salesforce.SalesforceApiException;
import com.revealsync.salesforce.WriteOutcomeUnknownException;
import com.revealsync.salesforce.usage.ApiCallCounter;
import com.revealsync.salesforce.usage.ApiCallKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The choke point every Salesforce request passes through: it counts the request, renews an expired
 * session once, retries transient faults with bounded exponential backoff, translates the final
 * fault into a domain exception and logs the call (operation, object, records, duration, attempts;
 * never a token).
 */
public final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger("com.revealsync.salesforce.calls");

    private final ApiCallKind kind;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;
    private final FaultClassifier classifier;
    private final SessionHook session;
    private final ApiCallCounter counter;

    public Retrier(ApiCallKind kind, Backoff backoff, Sleeper sleeper, Clock clock, FaultClassifier classifier,
                   SessionHook session, ApiCallCounter counter) {
        this.kind = kind;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
        this.classifier = classifier;
        this.session = session;
        this.counter = counter;
    }

    /** One try of a call. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws Exception;
    }

    public <T> T call(CallSpec spec, Attempt<T> attempt) {
        try (ApiCallCounter.Waiting waiting = counter.waiting()) {
            return calls(spec, attempt);
        }
    }

    private <T> T calls(CallSpec spec, Attempt<T> attempt) {
        long start = System.nanoTime(); // real elapsed time for the log; the clock is for deadlines
        Backoff.Waits waits = backoff.start();
        boolean renewed = false;
        int attempts = 0;
        while (true) {
            attempts++;
            counter.increment(kind, spec.operation());
            try {
                T result = attempt.run();
                LOG.debug("{} {} ok in {} ms, {} attempt(s)", kind, spec, elapsedMillis(start), attempts);
                return result;
            } catch (Exception failure) {
                Fault fault = classifier.classify(failure);
                if (fault.kind() == FaultKind.SESSION_EXPIRED && !renewed) {
                    LOG.info("{} {}: session expired, renewing it and sending again", kind, spec);
                    session.renew();
                    renewed = true;
                    continue;
                }
                Optional<Duration> wait = fault.isTransient() && (spec.idempotent() || fault.kind() == FaultKind.NOT_PROCESSED)
                        ? waits.next() : Optional.empty();
                if (wait.isEmpty()) {
                    if (spec.refusalIsAnswer() && fault.kind() == FaultKind.REFUSED) {
                        LOG.debug("{} {} answered in {} ms: {}", kind, spec, elapsedMillis(start), fault);
                    } else {
                        LOG.warn("{} {} failed after {} attempt(s) in {} ms: {}", kind, spec, attempts,
                                elapsedMillis(start), fault);
                    }
                    throw translate(spec, fault, attempts, failure);
                }
                LOG.warn("{} {}: attempt {} failed ({}), retrying in {} ms", kind, spec, attempts, fault,
                        wait.get().toMillis());
                sleeper.sleep(wait.get());
            }
        }
    }

    private RuntimeException translate(CallSpec spec, Fault fault, int attempts, Throwable failure) {
        String operation = kind.key() + " " + spec.operation() + (spec.object().isEmpty() ? "" : " " + spec.object());
        return switch (fault.kind()) {
            case PROPAGATE -> failure instanceof RuntimeException r ? r
                    : new IllegalStateException(failure);
            case LIMIT_EXCEEDED -> new ApiLimitExceededException(operation, fault.code(), fault.message());
            case REFUSED, SESSION_EXPIRED ->
                    new SalesforceApiException(operation, fault.code(), fault.message(), fault.errors());
            case MAYBE_PROCESSED -> spec.idempotent()
                    ? new OrgUnreachableException(operation, attempts, fault.toString(), failure)
                    : new WriteOutcomeUnknownException(operation, spec.keys(),
                            "the answer was lost (" + fault + ")", failure);
            case NOT_PROCESSED -> new OrgUnreachableException(operation, attempts, fault.toString(), failure);
        };
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Waits the way this retrier waits; for per-record retries that resend part of a call. */
    public Backoff backoff() {
        return backoff;
    }

    /** Waits the way this retrier waits; the time counts as time spent waiting for the org. */
    public Sleeper sleeper() {
        return duration -> {
            try (ApiCallCounter.Waiting waiting = counter.waiting()) {
                sleeper.sleep(duration);
            }
        };
    }

    public Clock clock() {
        return clock;
    }
}
