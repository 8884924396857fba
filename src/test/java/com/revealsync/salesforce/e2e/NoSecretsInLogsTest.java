package com.revealsync.salesforce.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.salesforce.BulkOperation;
import com.revealsync.salesforce.GatewaySettings;
import com.revealsync.salesforce.RecordWrite;
import com.revealsync.salesforce.SalesforceGateway;
import com.revealsync.salesforce.SalesforceGateways;
import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.PasswordGrantTokenSource;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.salesforce.auth.TokenSource;
import com.revealsync.salesforce.bulk.BulkSettings;
import com.revealsync.salesforce.retry.RetrySettings;
import com.revealsync.salesforce.retry.Sleeper;
import com.revealsync.salesforce.transport.ConnectionSettings;
import com.revealsync.salesforce.usage.ApiCallCounter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs the gateway's flows with DEBUG logging (sign-in, renewals, faults, SOAP and Bulk, a refused
 * sign-in) and scans every log line and exception message for a password, client secret or token.
 */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "reveal-sync";
    private static final String CLIENT_SECRET = "reveal-sync-secret";

    /** Remembers every token it hands out. */
    private record Recording(TokenSource delegate, Set<String> seen) implements TokenSource {
        @Override
        public OrgToken current() {
            return remember(delegate.current());
        }

        @Override
        public OrgToken renew() {
            return remember(delegate.renew());
        }

        private OrgToken remember(OrgToken token) {
            seen.add(token.accessToken());
            return token;
        }
    }

    @Test
    void no_secret_reaches_a_log_line_or_an_exception_message() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        // the application's own logging and the WSC client's, at DEBUG (Jetty's server internals stay out)
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Logger> loggers = List.of(logging.getLogger("com.revealsync"), logging.getLogger("com.sforce"));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        appender.start();
        loggers.forEach(l -> {
            l.addAppender(appender);
            l.setLevel(Level.DEBUG);
        });
        List<String> texts = new ArrayList<>();
        Set<String> tokens = new CopyOnWriteArraySet<>();
        try (EmbeddedOrg org = EmbeddedOrg.start(OrgSettings.inMemory())) {
            SalesforceGateways gateways = new SalesforceGateways(new GatewaySettings(
                    new RetrySettings(8, Duration.ofMillis(5), 2.0, Duration.ofMillis(50), Duration.ZERO),
                    ConnectionSettings.DEFAULTS,
                    new BulkSettings(100, BulkSettings.MAX_BYTES, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMinutes(1))),
                    new ApiCallCounter(), Sleeper.real(), Clock.systemUTC());
            TokenSource recording = new Recording(new PasswordGrantTokenSource(URI.create(org.baseUrl()),
                    "admin@reveal-sync.local", PASSWORD, "reveal-sync", CLIENT_SECRET, gateways.oauthClient()), tokens);
            SalesforceGateway gateway = gateways.forTokens(recording);
            recording.current();
            org.faults().set("seed=3,http503=0.2,reset=0.1,expire-after=2");
            List<RecordWrite> records = IntStream.range(0, 300).mapToObj(n -> RecordWrite.of("k" + n,
                    Map.of("Lusha_Id__c", "secret-scan-" + n, "LastName", "L" + n, "Company", "Scan"))).toList();
            gateway.upsert("Lead", "Lusha_Id__c", records);
            gateway.bulk("Lead", BulkOperation.UPSERT, "Lusha_Id__c", records);
            gateway.query("SELECT Id, LastName FROM Lead WHERE Company = 'Scan'");
            org.faults().clear();
            org.revokeRefreshTokens("admin@reveal-sync.local");
            TokenSource wrongPassword = new PasswordGrantTokenSource(URI.create(org.baseUrl()), "admin@reveal-sync.local",
                    "not-the-password", "reveal-sync", CLIENT_SECRET, gateways.oauthClient());
            assertThatThrownBy(wrongPassword::current).isInstanceOf(ReconnectRequiredException.class)
                    .satisfies(e -> texts.add(e.getMessage()));
            tokens.forEach(t -> texts.add(new OrgToken(org.baseUrl(), t).toString()));
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).detachAppender(appender);
            }
        }
        appender.list.forEach(event -> {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        });

        assertThat(tokens).as("tokens issued").hasSizeGreaterThan(2);
        assertThat(appender.list).as("DEBUG lines captured").hasSizeGreaterThan(10);
        for (String text : texts) {
            assertThat(text).doesNotContain(CLIENT_SECRET).doesNotContain("not-the-password")
                    .doesNotContain("password=" + PASSWORD);
            tokens.forEach(token -> assertThat(text).doesNotContain(token));
        }
    }
}
