package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.connection.oauth.OAuthException;
import com.revealsync.org.OrgSettings;
import com.revealsync.salesforce.auth.OrgToken;
import com.revealsync.salesforce.auth.ReconnectRequiredException;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.team.AuditEvent;
import com.revealsync.team.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Renewing sessions against an org that rotates refresh tokens, and losing them for good. */
class UserTokenSourceTest extends ConnectionsFixture {

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory().withRotateRefreshTokens(true));

    @Autowired
    ConnectionRepository store;

    @Autowired
    OAuthClient oauth;

    @Autowired
    AuditLog audit;

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @BeforeEach
    void team() {
        aTeamOfThree();
    }

    @Test
    void currentUsesTheStoredSessionWithoutCallingSalesforce() {
        connect(REP, EmbeddedOrgExtension.REP);
        ORG.resetTokenCalls();

        OrgToken token = connections.forRun().tokenSourceFor(REP).current();

        assertThat(token.accessToken()).isEqualTo(store.tokens(REP).accessToken());
        assertThat(token.instanceUrl()).isEqualTo(ORG.url());
        assertThat(ORG.tokenCalls()).isZero();
        assertThat(token.toString()).doesNotContain(token.accessToken());
    }

    @Test
    void renewWithRotationStoresTheNewRefreshTokenAndTheOldOneIsDead() {
        connect(REP, EmbeddedOrgExtension.REP);
        StoredTokens before = store.tokens(REP);
        UserTokenSource source = connections.forRun().tokenSourceFor(REP);

        OrgToken renewed = source.renew();

        StoredTokens after = store.tokens(REP);
        assertThat(renewed.accessToken()).isNotEqualTo(before.accessToken()).isEqualTo(after.accessToken());
        assertThat(after.refreshToken()).as("rotated").isNotEqualTo(before.refreshToken());
        assertThat(store.find(REP).orElseThrow().refreshedAt()).isNotNull();
        assertThatThrownBy(() -> oauth.refresh(java.net.URI.create(ORG.url()), before.refreshToken()))
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.isInvalidGrant()).isTrue());

        // the same run renews again with the rotated token it now holds, and so does the next run
        assertThat(source.renew().accessToken()).isNotEqualTo(renewed.accessToken());
        assertThat(connections.forRun().tokenSourceFor(REP).renew().accessToken()).isNotBlank();
        assertThat(store.find(REP).orElseThrow().status()).isEqualTo(ConnectionStatus.CONNECTED);
    }

    @Test
    void invalidGrantMarksTheUserAtOnceWithExactlyOneRefreshAttempt() {
        connect(REP, EmbeddedOrgExtension.REP);
        connect(LEAD, EmbeddedOrgExtension.MANAGER);
        UserConnections run = connections.forRun();
        UserTokenSource rep = run.tokenSourceFor(REP);
        ORG.org().revokeRefreshTokens(EmbeddedOrgExtension.REP);
        ORG.resetTokenCalls();

        assertThatThrownBy(rep::renew).isInstanceOf(ReconnectRequiredException.class)
                .hasMessageContaining("the Salesforce connection of " + REP + " needs to be renewed")
                .hasMessageContaining("invalid_grant")
                .hasMessageContaining("`reveal-sync reconnect --user " + REP + "`");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(rep::renew).isInstanceOf(ReconnectRequiredException.class);
            assertThatThrownBy(rep::current).isInstanceOf(ReconnectRequiredException.class);
            assertThatThrownBy(() -> run.tokenSourceFor(REP).renew()).isInstanceOf(ReconnectRequiredException.class);
        }

        assertThat(rep.refreshAttempts()).isEqualTo(1);
        assertThat(ORG.tokenCalls()).as("one call to the token endpoint, no retry storm").isEqualTo(1);
        Connection stored = store.find(REP).orElseThrow();
        assertThat(stored.status()).isEqualTo(ConnectionStatus.RECONNECT_REQUIRED);
        assertThat(stored.lastError()).contains("reveal-sync reconnect --user " + REP);
        assertThat(store.tokens(REP).accessToken()).isNull();
        assertThat(audit.recent(1).get(0)).extracting(AuditEvent::actor, AuditEvent::what, AuditEvent::target)
                .containsExactly(AuditEvent.SYSTEM, "CONNECTION_LOST", REP);
        assertThat(run.reconnectRequired()).containsExactly(REP);

        // everyone else goes on
        assertThat(run.tokenSourceFor(LEAD).renew().accessToken()).isNotBlank();
        assertThat(ORG.tokenCalls()).isEqualTo(2);

        // the next run does not even try
        assertThatThrownBy(() -> connections.forRun().tokenSourceFor(REP).current())
                .isInstanceOf(ReconnectRequiredException.class).hasMessageContaining("reconnect --user " + REP);
        assertThat(ORG.tokenCalls()).isEqualTo(2);
    }

    @Test
    void twoOverlappingRunsSharingARotatingTokenDoNotLockTheUserOut() {
        connect(REP, EmbeddedOrgExtension.REP);
        UserTokenSource first = connections.forRun().tokenSourceFor(REP);
        UserTokenSource second = connections.forRun().tokenSourceFor(REP);
        ORG.resetTokenCalls();

        first.renew();
        OrgToken renewed = second.renew();

        assertThat(renewed.accessToken()).isEqualTo(store.tokens(REP).accessToken());
        assertThat(store.find(REP).orElseThrow().status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(second.refreshAttempts()).as("the stale token, then the stored one").isEqualTo(2);
        assertThat(ORG.tokenCalls()).isEqualTo(3);
    }

    @Test
    void aUserWithoutAConnectionIsNotConnected() {
        UserConnections run = connections.forRun();

        assertThatThrownBy(() -> run.tokenSourceFor("Nobody@Acme.com"))
                .isInstanceOfSatisfying(NotConnectedException.class, e -> assertThat(e.user()).isEqualTo("nobody@acme.com"))
                .hasMessageContaining("reveal-sync connect --user nobody@acme.com");
    }

    @Test
    void oneSourcePerUserPerRun() {
        connect(REP, EmbeddedOrgExtension.REP);
        UserConnections run = connections.forRun();

        assertThat(run.tokenSourceFor(REP)).isSameAs(run.tokenSourceFor("REP@acme.com"));
        assertThat(connections.forRun().tokenSourceFor(REP)).isNotSameAs(run.tokenSourceFor(REP));
    }
}
