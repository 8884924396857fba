package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.revealsync.connection.oauth.ConnectFlow;
import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.connection.oauth.OAuthSettings;
import com.revealsync.org.OrgSettings;
import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Permissions;
import com.revealsync.team.TeamRepository;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every connection flow, the failing ones too, with DEBUG logging everywhere (TRACE for
 * reveal-sync and JDBC), and scans the console, every log event, the commands' output, every
 * exception message and the audit trail for the secrets involved.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest extends ConnectionsFixture {

    private static final String WRONG_SECRET = "wrong-secret-5c0ffee";
    /** The org users' password is also the product's name, so it is looked for where it would be a value. */
    private static final Pattern PASSWORD_VALUE = Pattern.compile("(?i)password\\W{1,4}reveal-sync(?!-secret)");

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory().withRotateRefreshTokens(true));

    @Autowired
    ConnectionRepository store;

    @Autowired
    Permissions permissions;

    @Autowired
    TeamRepository teamRepository;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Set<String> secrets = new LinkedHashSet<>();
    private final List<String> texts = new ArrayList<>();
    private LoggingSystem logging;

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @BeforeEach
    void debugEverything() {
        logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.DEBUG);
        logging.setLogLevel("com.revealsync", LogLevel.TRACE);
        logging.setLogLevel("org.springframework.jdbc", LogLevel.TRACE);
        events.start();
        root().addAppender(events);
    }

    @AfterEach
    void quiet() {
        root().detachAppender(events);
        logging.setLogLevel("org.springframework.jdbc", null);
        logging.setLogLevel("com.revealsync", null);
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
    }

    @Test
    void noSecretAppearsAnywhereAtDebug(CapturedOutput console) {
        secrets.add(EmbeddedOrgExtension.CLIENT_SECRET);
        secrets.add(WRONG_SECRET);
        aTeamOfThree();

        // connect through the command, as a user would
        signIn.as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);
        record(cli("connect", "--user", REP, "--env", ORG.url(), "--no-browser", "--timeout", "30s"));
        remember(REP);
        connect(LEAD, EmbeddedOrgExtension.MANAGER);
        remember(LEAD);

        // renew with rotation, then lose the manager's grant for good
        UserConnections run = connections.forRun();
        OrgToken renewed = run.tokenSourceFor(REP).renew();
        secrets.add(renewed.accessToken());
        remember(REP);
        texts.add(renewed.toString());
        texts.add(store.tokens(REP).toString());
        ORG.org().revokeRefreshTokens(EmbeddedOrgExtension.MANAGER);
        texts.add(failure(() -> run.tokenSourceFor(LEAD).renew()));
        texts.add(failure(() -> run.tokenSourceFor(LEAD).current()));
        record(cli("connections"));

        // reconnect, a forged callback, a wrong client secret, a tampered store, disconnect
        signIn.as(EmbeddedOrgExtension.MANAGER, EmbeddedOrgExtension.PASSWORD);
        record(cli("reconnect", "--user", LEAD, "--no-browser"));
        remember(LEAD);
        signIn.as(EmbeddedOrgExtension.ADMIN, EmbeddedOrgExtension.PASSWORD)
                .bendingRedirect(location -> location.replaceAll("state=[^&]+", "state=forged"));
        record(cli("connect", "--user", BOSS, "--env", ORG.url(), "--no-browser"));
        signIn.as(EmbeddedOrgExtension.ADMIN, EmbeddedOrgExtension.PASSWORD);
        texts.add(failure(() -> misconfigured().connect(BOSS, BOSS, SalesforceEnvironment.custom(ORG.url()), signInSettings())));
        texts.add(failure(() -> misconfigured().forRun().tokenSourceFor(REP).renew()));
        jdbc.sql("UPDATE sf_connection SET access_token_enc = refresh_token_enc WHERE lusha_user = ?").param(LEAD).update();
        texts.add(failure(() -> connections.forRun().tokenSourceFor(LEAD)));
        record(cli("disconnect", "--user", REP));
        record(cli("disconnect", "--user", LEAD, "--force"));
        audit.recent(100).forEach(e -> texts.add(e.toString()));
        secrets.addAll(signIn.codesSeen());

        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : events.list) {
            logged.add(event.getLoggerName() + " " + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                logged.add(event.getLoggerName() + " " + t.getMessage());
            }
        }
        assertThat(logged).as("DEBUG logging really ran")
                .anySatisfy(line -> assertThat(line).contains("/services/oauth2/token (refresh_token) -> HTTP 200"));
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(10).allSatisfy(s -> assertThat(s).hasSizeGreaterThan(8));
        assertThat(audit.recent(100)).extracting(AuditEvent::what).contains("CONNECT", "CONNECTION_LOST", "RECONNECT", "DISCONNECT");

        String everything = console.getAll() + "\n" + String.join("\n", logged) + "\n" + String.join("\n", texts);
        List<String> leaks = new ArrayList<>();
        for (String secret : secrets) {
            if (everything.contains(secret)) {
                leaks.add("a secret of " + secret.length() + " characters, logged by " + logged.stream()
                        .filter(line -> line.contains(secret)).map(line -> line.substring(0, line.indexOf(' ')))
                        .distinct().toList());
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(PASSWORD_VALUE.matcher(everything).find()).as("the password as a value").isFalse();
    }

    private void remember(String user) {
        StoredTokens tokens = store.tokens(user);
        secrets.add(tokens.refreshToken());
        if (tokens.accessToken() != null) {
            secrets.add(tokens.accessToken());
        }
    }

    private void record(CliResult result) {
        texts.add(result.out());
        texts.add(result.err());
    }

    private static String failure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t).append('\n');
            }
            return messages.toString();
        }
        throw new AssertionError("expected a refusal");
    }

    private ConnectionService misconfigured() {
        OAuthSettings settings = new OAuthSettings("reveal-sync", WRONG_SECRET, 0, Duration.ofSeconds(30), Duration.ofSeconds(10));
        OAuthClient oauth = new OAuthClient(settings);
        return new ConnectionService(store, new ConnectFlow(oauth, settings, new SecureRandom()), oauth, permissions,
                teamRepository, audit, tx);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
