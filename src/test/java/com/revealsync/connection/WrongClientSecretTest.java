package com.revealsync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.revealsync.cli.UserError;
import com.revealsync.connection.oauth.ConnectFlow;
import com.revealsync.connection.oauth.OAuthClient;
import com.revealsync.connection.oauth.OAuthException;
import com.revealsync.connection.oauth.OAuthSettings;
import com.revealsync.org.OrgSettings;
import com.revealsync.support.ConnectionsFixture;
import com.revealsync.support.EmbeddedOrgExtension;
import com.revealsync.team.AuditLog;
import com.revealsync.team.Permissions;
import com.revealsync.team.TeamRepository;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** reveal-sync configured with a wrong client secret: a clear configuration error, never the user's fault. */
class WrongClientSecretTest extends ConnectionsFixture {

    private static final String WRONG_SECRET = "not-the-secret-8f2c1d";

    @RegisterExtension
    static final EmbeddedOrgExtension ORG = new EmbeddedOrgExtension(OrgSettings.inMemory());

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

    private ConnectionService misconfigured;

    @Override
    protected EmbeddedOrgExtension org() {
        return ORG;
    }

    @BeforeEach
    void setUp() {
        aTeamOfThree();
        OAuthSettings settings = new OAuthSettings("reveal-sync", WRONG_SECRET, 0, Duration.ofSeconds(30), Duration.ofSeconds(10));
        OAuthClient oauth = new OAuthClient(settings);
        misconfigured = new ConnectionService(store, new ConnectFlow(oauth, settings, new SecureRandom()), oauth,
                permissions, teamRepository, audit, tx);
    }

    @Test
    void connectIsRefusedNamingTheSettingAndNothingIsStored() {
        signIn.as(EmbeddedOrgExtension.REP, EmbeddedOrgExtension.PASSWORD);

        assertThatThrownBy(() -> misconfigured.connect(REP, REP, SalesforceEnvironment.custom(ORG.url()), signInSettings()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("the sign-in of " + REP + " failed; nothing was stored")
                .hasMessageContaining("invalid_client (invalid client credentials)")
                .hasMessageContaining("reveal-sync.oauth.client-id and client-secret")
                .message().doesNotContain(WRONG_SECRET);
        assertThat(store.find(REP)).isEmpty();
    }

    @Test
    void aRefusedRefreshIsAConfigurationErrorAndDoesNotMarkTheUser() {
        connect(REP, EmbeddedOrgExtension.REP);
        UserTokenSource source = misconfigured.forRun().tokenSourceFor(REP);

        assertThatThrownBy(source::renew)
                .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.isInvalidClient()).isTrue())
                .message().doesNotContain(WRONG_SECRET);
        assertThat(store.find(REP).orElseThrow().status()).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(source.reconnectRequired()).isFalse();
    }
}
