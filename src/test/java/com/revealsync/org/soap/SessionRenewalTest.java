package com.revealsync.org.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.org.EmbeddedOrg;
import com.revealsync.org.OrgSettings;
import com.revealsync.org.testing.MutableClock;
import com.revealsync.org.testing.OrgClient;
import com.revealsync.org.testing.OrgClient.TokenAnswer;
import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An expired session gets the INVALID_SESSION_ID fault worded so that WSC's SessionRenewer acts:
 * the renewer refreshes the OAuth token over HTTP and WSC retries the call once.
 */
class SessionRenewalTest {

    private static final MutableClock CLOCK = MutableClock.atNow();
    private static EmbeddedOrg org;
    private static OrgClient client;

    private final AtomicInteger renewals = new AtomicInteger();
    private final AtomicReference<PartnerConnection> connection = new AtomicReference<>();
    private String refreshToken;

    @BeforeAll
    static void start() {
        org = EmbeddedOrg.start(OrgSettings.inMemory().withSessionTtl(Duration.ofMinutes(10)).withClock(CLOCK));
        client = new OrgClient(org);
    }

    @AfterAll
    static void stop() {
        org.stop();
    }

    @BeforeEach
    void connect() throws Exception {
        TokenAnswer tokens = client.authorizationCodeTokens(OrgClient.ADMIN);
        refreshToken = tokens.text("refresh_token");
        ConnectorConfig config = client.config(tokens.text("access_token"));
        config.setSessionRenewer(this::renew);
        connection.set(Connector.newConnection(config));
    }

    @Test
    void aSessionPastItsTtlIsRenewedAndTheCallSucceeds() throws Exception {
        connection.get().getUserInfo();
        CLOCK.advance(Duration.ofMinutes(11));

        assertThat(connection.get().query("SELECT Id FROM Lead").isDone()).isTrue();
        assertThat(renewals).hasValue(1);

        connection.get().getUserInfo();
        assertThat(renewals).as("the renewed session goes on being used").hasValue(1);
    }

    @Test
    void sessionsExpiredByTheTestHookAreRenewedToo() throws Exception {
        org.expireAllSessions();
        assertThat(connection.get().getUserInfo().getUserName()).isEqualTo(OrgClient.ADMIN);
        assertThat(renewals).hasValue(1);
    }

    @Test
    void whenTheRefreshTokenIsRevokedTheFaultReachesTheCaller() {
        org.revokeRefreshTokens(OrgClient.ADMIN);
        assertThatThrownBy(() -> connection.get().getUserInfo()).isInstanceOfSatisfying(UnexpectedErrorFault.class,
                f -> assertThat(f.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID));
        assertThat(renewals).hasValue(1);
    }

    /** What the pipeline's gateway does: refresh over HTTP, put the new session everywhere. */
    private SessionRenewer.SessionRenewalHeader renew(ConnectorConfig config) {
        renewals.incrementAndGet();
        TokenAnswer answer = client.refresh(refreshToken);
        if (answer.status() != 200) {
            return null;
        }
        String token = answer.text("access_token");
        config.setSessionId(token);
        connection.get().setSessionHeader(token);
        SessionHeader_element header = new SessionHeader_element();
        header.setSessionId(token);
        SessionRenewer.SessionRenewalHeader renewal = new SessionRenewer.SessionRenewalHeader();
        renewal.name = new QName("urn:partner.soap.sforce.com", "SessionHeader");
        renewal.headerElement = header;
        return renewal;
    }
}
